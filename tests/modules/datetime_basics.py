# datetime: timedelta normalisation and arithmetic, date and datetime calendars, isoformat and
# fromisoformat, strftime, time zones with fixed offsets, comparisons and their errors.
from datetime import date, datetime, time, timedelta, timezone
import datetime as dtmod
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5, milliseconds=6, microseconds=7)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
for t in [timedelta(), timedelta(-1), timedelta(seconds=-1), timedelta(hours=-25), timedelta(weeks=3), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=0.1)]:
    print(str(t), repr(t), -t, abs(t), t * 2, t / 3, bool(t))
print(timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7), divmod(timedelta(hours=1), timedelta(minutes=7)), timedelta(hours=1) / timedelta(minutes=30), timedelta(seconds=10) * 1.5, timedelta(seconds=10) // 3)
print(timedelta(1) < timedelta(2), timedelta(1) == timedelta(hours=24), hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta.max, timedelta.min, timedelta.resolution)
try: timedelta(days=10**9)
except OverflowError as e: print(e)
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(1), d + timedelta(2), d - date(2023, 1, 1), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738000), d.replace(day=1), d.ctime(), d.timetuple()[:8])
print(d.strftime('%Y/%m/%d %a %A %b %B %j %U %W %w %y %%'), f'{d:%d.%m.%Y}', format(d, ''), date.fromisoformat('2021-12-31'), date.fromisocalendar(2020, 53, 7), date(2000, 1, 1) < d, d == date(2024, 2, 28), date.min, date.max)
for bad in [(2024, 13, 1), (2023, 2, 29), (0, 1, 1), (2024, 1, 32)]:
    try: date(*bad)
    except ValueError as e: print(e)
try: date(2024, 1.5, 1)
except TypeError as e: print(e)
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt + timedelta(hours=12), dt - timedelta(days=70), dt - datetime(2024, 1, 1), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.isoformat(timespec='milliseconds'), dt.timestamp())
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %I %p %c'), dt.replace(year=2020, microsecond=0), datetime.fromisoformat('2024-03-10T14:30:05'), datetime.fromisoformat('2024-03-10 14:30'), datetime.fromisoformat('2024-03-10T14:30:05.5+02:00'), datetime.fromisoformat('2024-03-10'))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(1700000000, tz=timezone(timedelta(hours=-5))), datetime.combine(date(2020, 5, 17), time(8, 0)))
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2024, 1, 1, 12, tzinfo=tz); u = a.astimezone(timezone.utc)
print(a, repr(a), u, a == u, a - u, a.utcoffset(), a.tzname(), u.tzname(), str(tz), repr(timezone.utc), timezone(timedelta(hours=-3)), a.timestamp(), hash(a) == hash(u))
try: datetime(2024, 1, 1) < a
except TypeError as e: print(e)
print(datetime(2024, 1, 1) == a, time(12, 30), repr(time(12, 30, 15, 5)), time(1, 2, 3).isoformat(), time.fromisoformat('10:20:30.123'), time(23, 59) > time(1), time(5, tzinfo=timezone.utc), time(7, 8).strftime('%H-%M'))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 1), datetime(2024, 1, 1, 23)]), max(date(2020, 1, 1), date(2021, 1, 1)), dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC is timezone.utc)
print(isinstance(dt, date), issubclass(datetime, date), type(datetime.now()).__name__, datetime.now().year > 2000, date.today() <= date.today())
print({date(2024, 1, 1): 'x'}[date(2024, 1, 1)], datetime(2024, 1, 1) != date(2024, 1, 1), dt.timetuple().tm_yday, dt.weekday())
for s in ['2024-02-30', '2024/01/01', 'x', '2024-01-01T25:00']:
    try: datetime.fromisoformat(s)
    except ValueError as e: print(e)
print(datetime(2024, 12, 31) + timedelta(days=1), datetime(2024, 3, 1) - timedelta(days=1), datetime(2000, 2, 29).replace(year=2004))
try: datetime(2024, 2, 29).replace(year=2023)
except ValueError as e: print(e)
