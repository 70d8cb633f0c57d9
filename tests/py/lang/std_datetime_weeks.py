# datetime: ISO weeks (isocalendar, fromisocalendar, %G %V %u) and %U/%W week numbers.
from datetime import date, datetime, timedelta

for d in [date(2020, 12, 31), date(2021, 1, 3), date(2021, 1, 4), date(2024, 12, 30), date(2026, 1, 1)]:
    iso = d.isocalendar()
    print(d, iso, iso.year, iso.week, iso.weekday, d.strftime("%G-W%V-%u | %U %W %j %a"))

for year in range(2019, 2028):
    dec28 = date(year, 12, 28)
    print(year, "weeks:", dec28.isocalendar()[1], "first monday of week 1:", date.fromisocalendar(year, 1, 1))

print(date.fromisocalendar(2020, 53, 5), datetime.fromisocalendar(2024, 10, 3))
for args in [(2021, 53, 1), (2024, 0, 1), (2024, 5, 8)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print("ValueError", e)

def week_report(start, days):
    """Group a run of dates by ISO week, the way a timesheet does."""
    weeks = {}
    for i in range(days):
        d = start + timedelta(days=i)
        key = d.strftime("%G-W%V")
        weeks.setdefault(key, []).append(d.strftime("%a%d"))
    for key, ds in weeks.items():
        print(key, len(ds), " ".join(ds))

week_report(date(2025, 12, 25), 16)
sprint_start = date.fromisocalendar(2024, 40, 1)
for n in range(3):
    s = sprint_start + timedelta(weeks=2 * n)
    e = s + timedelta(days=11)
    print(f"sprint {n + 1}: {s:%d %b} - {e:%d %b %Y} (weeks {s:%V}-{e:%V})")
print(datetime(2024, 3, 10, 8).isocalendar(), datetime(2024, 3, 10).strftime("%G %V"))
