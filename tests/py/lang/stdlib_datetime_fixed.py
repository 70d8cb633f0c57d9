from datetime import date, datetime, timedelta
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%d/%m/%Y %A"))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), (datetime(2024, 3, 1) - dt).days, dt.strftime("%Y-%m-%d %H:%M:%S"))
print(timedelta(hours=25, minutes=3), timedelta(days=-1, seconds=5), date(2000, 1, 1).toordinal())
print(datetime.strptime("2021-07-04 12:00", "%Y-%m-%d %H:%M").isoformat(), date.fromisoformat("1999-12-31").year)
