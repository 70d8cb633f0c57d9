# datetime: strftime, isoformat, strptime, str/repr of fixed values.
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 7, 4)
print(d.isoformat(), str(d), d.strftime("%d/%m/%Y"), d.strftime("%A %d %B %Y"), d.strftime("%a %b %j %U %W"))
print(d.strftime("%y%m%d"), d.strftime("%%Y literal"), f"{d:%Y.%m.%d}", "{:%B}".format(d))
print(d.ctime(), d.timetuple().tm_yday)
dt = datetime(2023, 1, 9, 7, 5, 3, 4500)
print(dt.isoformat(), dt.isoformat(sep=" "), dt.isoformat(timespec="seconds"), dt.isoformat(timespec="milliseconds"))
print(str(dt), repr(dt), dt.strftime("%H:%M:%S.%f %p %I"), dt.strftime("%Y-%m-%dT%H:%M"))
print(datetime(2023, 1, 9, 7, 5).isoformat(), datetime(2023, 1, 9).isoformat(timespec="minutes"))
print(dt.ctime(), f"{dt:%d %b %Y, %H:%M}")
t = time(13, 45, 30, 123)
print(t, t.isoformat(), t.strftime("%I:%M %p"), repr(t), time(9).isoformat(), str(time(0, 0, 0, 500000)))
p = datetime.strptime("2024-02-29 23:59:01", "%Y-%m-%d %H:%M:%S")
print(p, p.weekday())
print(datetime.strptime("04/07/21", "%d/%m/%y"), datetime.strptime("Mar 5 2020 9PM", "%b %d %Y %I%p"))
print(datetime.strptime("2021-365", "%Y-%j").date(), datetime.strptime("12:30:45.250", "%H:%M:%S.%f").time())
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
utc = timezone.utc
a = datetime(2024, 5, 1, 12, 0, tzinfo=utc)
print(a, a.isoformat(), a.tzname(), a.utcoffset())
plus2 = timezone(timedelta(hours=2), "CEST")
b = a.astimezone(plus2)
print(b, b.tzname(), b == a, b - a)
print(datetime(2024, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).isoformat())
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000, utc).isoformat())
print(a.timestamp(), datetime(2000, 1, 1, tzinfo=utc).timestamp())
print(datetime.fromisoformat("2024-05-01T12:00:00+02:00").utcoffset())
print(datetime(2024, 1, 1, tzinfo=utc).strftime("%Y %z %Z"))
entries = [("deploy", datetime(2024, 3, 1, 9, 15)), ("rollback", datetime(2024, 3, 1, 9, 52)), ("fix", datetime(2024, 3, 2, 14, 3))]
start = entries[0][1]
for name, when in entries:
    delta = when - start
    h, rem = divmod(int(delta.total_seconds()), 3600)
    print(f"{when:%a %H:%M} {name:<9} +{h}h{rem // 60:02d}m")
for days in [0, 1, 45, 400]:
    print(days, (date(2024, 1, 1) + timedelta(days=days)).strftime("%Y-%m-%d (%a)"))
print(sorted([datetime(2024, 1, 2), datetime(2023, 12, 31, 23), datetime(2024, 1, 1, 0, 0, 1)]))
