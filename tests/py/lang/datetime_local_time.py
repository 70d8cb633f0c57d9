# Naive datetimes are local time, as in CPython: fromtimestamp, timestamp,
# astimezone() and date.fromtimestamp follow TZ (set here and applied with
# time.tzset), and time's zone constants describe the current year.
import datetime
import os
import time
from datetime import timedelta, timezone

for zone in ('UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'Europe/Berlin'):
    os.environ['TZ'] = zone
    time.tzset()
    print('==', zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for t in (0, 86400 * 200 + 0.5, 1700000000.25, -86400 * 3.5):
        d = datetime.datetime.fromtimestamp(t)
        print(d, datetime.date.fromtimestamp(t), d.timestamp() == t, datetime.datetime.utcfromtimestamp(t))
        a = d.astimezone()
        print(' ', a, a.tzname(), a.utcoffset(), a.timestamp() == t)
        print(' ', datetime.datetime.fromtimestamp(t, timezone.utc),
              datetime.datetime.fromtimestamp(t, timezone(timedelta(hours=-3))))
        print(' ', datetime.datetime.fromtimestamp(t, timezone.utc).astimezone())
    lt = time.localtime(1700000000)
    print(lt.tm_hour, lt.tm_isdst, lt.tm_zone, lt.tm_gmtoff, time.strftime('%Y-%m-%d %H:%M %Z %z', lt))
    print(time.mktime((2023, 7, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2023, 1, 1, 12, 0, 0, 0, 0, -1)))
