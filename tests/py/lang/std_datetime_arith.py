# datetime: date/datetime/timedelta arithmetic on fixed dates.
from datetime import date, datetime, timedelta, time

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d - timedelta(weeks=9))
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(day=1), d.toordinal(), date.fromordinal(739000), date.fromisoformat("2023-07-04"))
print(d < date(2024, 3, 1), max(date(2020, 1, 1), d), d == date(2024, 2, 28))
print(repr(d), repr(timedelta(days=1, seconds=5)), repr(timedelta(0)))

td = timedelta(days=2, hours=5, minutes=30, seconds=15, milliseconds=250)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), -timedelta(days=1, hours=1), abs(timedelta(hours=-3)))
print(td * 2, td / 2, td // 3, timedelta(hours=3) / timedelta(minutes=45), timedelta(days=7) % timedelta(days=2))
print(timedelta(seconds=90) > timedelta(minutes=1), timedelta(1) == timedelta(hours=24), bool(timedelta(0)))
print(timedelta(microseconds=1), timedelta(days=-1, seconds=1), timedelta(weeks=1, days=-7))

dt = datetime(2024, 3, 10, 14, 30, 0)
print(dt, dt + timedelta(hours=12), dt - datetime(2024, 1, 1))
print(dt.date(), dt.time(), dt.hour, dt.minute, repr(dt))
print(datetime.combine(date(2021, 5, 6), time(7, 8, 9)), dt.replace(hour=0, minute=0))
print(datetime(2024, 1, 31) + timedelta(days=1), datetime(2023, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime.fromisoformat("2022-11-05T08:15:30"), datetime(2020, 2, 29).timetuple()[:6])

def days_in_month(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - date(y, m, 1)).days

def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, days_in_month(y, m)))
print([str(add_months(date(2024, 1, 31), k)) for k in range(5)])

def business_days(start, end):
    n = 0
    cur = start
    while cur < end:
        if cur.weekday() < 5:
            n += 1
        cur += timedelta(days=1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 4, 1)))
birthdays = {"ann": date(1990, 7, 15), "bob": date(1985, 12, 2)}
today = date(2024, 6, 1)
for name, b in sorted(birthdays.items()):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    nxt = b.replace(year=today.year)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    print(name, age, (nxt - today).days)
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 24)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    date(2024, 1, 1) + 1
except TypeError as e:
    print("TypeError", type(e).__name__)  # CPython names its C type datetime.date here
print(date.min, date.max, timedelta.max)
