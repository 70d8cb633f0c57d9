"""Dates and times (gilpy's datetime: date, time, datetime, timedelta and a
fixed-offset timezone, with CPython's proleptic-Gregorian ordinal algorithms;
local time is UTC)."""
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_date(year, month, day):
    for v in (year, month, day):
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')


def _check_time(hour, minute, second, microsecond):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _format_time(hh, mm, ss, us, timespec='auto'):
    # the time part of isoformat(), CPython's timespec rules
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# what CPython's strptime regexes accept for each numeric directive
_STRPTIME_RANGES = {'m': (1, 12), 'd': (1, 31), 'e': (1, 31), 'H': (0, 23), 'I': (1, 12),
                    'M': (0, 59), 'S': (0, 61), 'j': (1, 366)}


def _strftime(fmt, y, mo, d, h, mi, s, us, wd, yday, tzname, utcoff):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = fmt[i + 1]
        i += 2
        if f == 'Y':
            out.append('%d' % y if y >= 1000 else '%04d' % y)
        elif f == 'y':
            out.append('%02d' % (y % 100))
        elif f == 'm':
            out.append('%02d' % mo)
        elif f == 'd':
            out.append('%02d' % d)
        elif f == 'e':
            out.append('%2d' % d)
        elif f == 'H':
            out.append('%02d' % h)
        elif f == 'I':
            out.append('%02d' % (h % 12 or 12))
        elif f == 'p':
            out.append('AM' if h < 12 else 'PM')
        elif f == 'M':
            out.append('%02d' % mi)
        elif f == 'S':
            out.append('%02d' % s)
        elif f == 'f':
            out.append('%06d' % us)
        elif f == 'a':
            out.append(_DAYNAMES[wd])
        elif f == 'A':
            out.append(_FULLDAYNAMES[wd])
        elif f == 'w':
            out.append('%d' % ((wd + 1) % 7))
        elif f == 'u':
            out.append('%d' % (wd + 1))
        elif f == 'b' or f == 'h':
            out.append(_MONTHNAMES[mo])
        elif f == 'B':
            out.append(_FULLMONTHNAMES[mo])
        elif f in ('G', 'V', 'g'):
            iso = date(y, mo, d).isocalendar()
            out.append('%d' % iso[0] if f == 'G' else '%02d' % (iso[1] if f == 'V' else iso[0] % 100))
        elif f == 'j':
            out.append('%03d' % yday)
        elif f == 'U':
            out.append('%02d' % ((yday + 6 - (wd + 1) % 7) // 7))
        elif f == 'W':
            out.append('%02d' % ((yday + 6 - wd) // 7))
        elif f == 'z':
            if utcoff is not None:
                secs = utcoff.days * 86400 + utcoff.seconds
                sign = '-' if secs < 0 else '+'
                secs = abs(secs)
                out.append('%s%02d%02d' % (sign, secs // 3600, secs // 60 % 60))
        elif f == 'Z':
            if tzname is not None:
                out.append(tzname)
        elif f == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd], _MONTHNAMES[mo], d, h, mi, s, y))
        elif f == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'X':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif f == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'F':
            out.append('%04d-%02d-%02d' % (y, mo, d))
        elif f == 'T':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif f == 'R':
            out.append('%02d:%02d' % (h, mi))
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total_us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
            + milliseconds * 1000 + microseconds
        if isinstance(total_us, float):
            total_us = round(total_us)
        self = object.__new__(cls)
        d, rem = divmod(total_us, 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "datetime.timedelta(%s)" % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() - other._to_us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._to_us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta(microseconds=self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._to_us(), other._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._cmp(other) == 0

    def __lt__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._cmp(other) < 0

    def __le__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._cmp(other) <= 0

    def __gt__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._cmp(other) > 0

    def __ge__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._cmp(other) >= 0

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError

    def tzname(self, dt):
        raise NotImplementedError

    def dst(self, dt):
        return None


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        secs = self._offset.days * 86400 + self._offset.seconds
        if secs == 0:
            return 'UTC'
        sign = '-' if secs < 0 else '+'
        secs = abs(secs)
        return 'UTC%s%02d:%02d' % (sign, secs // 3600, secs // 60 % 60)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        return 'datetime.timezone(%r)' % (self._offset,)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        # the local date, as CPython
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = s[0:4], s[5:7], s[8:10]
            if len(s) != 10 or s[4] != '-' or s[7] != '-':
                raise ValueError
            return cls(int(y), int(m), int(d))
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            # week 53 exists only in years that start on a Thursday, or
            # leap years that start on a Wednesday
            first = _ymd2ord(year, 1, 1) % 7
            if not (week == 53 and (first == 4 or (first == 3 and _is_leap(year)))):
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        o = _isoweek1monday(year) + (week - 1) * 7 + (day - 1)
        d = date.fromordinal(o)
        return cls(d.year, d.month, d.day)

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), yday, None, None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


def _isoweek1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


_MAXORDINAL = 3652059
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            return "datetime.time(%d, %d, %d, %d)" % (self._hour, self._minute, self._second, self._microsecond)
        if self._second:
            return "datetime.time(%d, %d, %d)" % (self._hour, self._minute, self._second)
        return "datetime.time(%d, %d)" % (self._hour, self._minute)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        # naive: the local time (time.localtime, so TZ is honoured);
        # with tz: the UTC time moved by tz's offset
        if tz is None:
            secs, us = divmod(round(t * 1000000), 1000000)
            tm = _time.localtime(secs)
            return cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us)
        r = cls.utcfromtimestamp(t)
        return (r + tz.utcoffset(r)).replace(tzinfo=tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        us = round(t * 1000000)
        days, us = divmod(us, 86400 * 1000000)
        y, m, d = _ord2ymd(days + _ymd2ord(1970, 1, 1))
        s, us = divmod(us, 1000000)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        try:
            dpart, tpart = s[:10], s[11:]
            d = date.fromisoformat(dpart)
            if not tpart:
                return cls(d.year, d.month, d.day)
            if s[10] not in 'T ':
                raise ValueError
            us = 0
            tz = None
            if tpart.endswith('Z'):
                tpart, tz = tpart[:-1], timezone.utc
            else:
                for sign in '+-':
                    if sign in tpart:
                        tpart, off = tpart.split(sign)
                        fields = [int(x) for x in off.split(':')]
                        if not 1 <= len(fields) <= 3 or len(off.split(':')[0]) != 2:
                            raise ValueError
                        delta = timedelta(hours=fields[0], minutes=fields[1] if len(fields) > 1 else 0,
                                          seconds=fields[2] if len(fields) > 2 else 0)
                        if sign == '-':
                            delta = -delta
                        tz = timezone.utc if not delta else timezone(delta)
                        break
            if '.' in tpart:
                tpart, frac = tpart.split('.', 1)
                us = int((frac + '000000')[:6])
            parts = [int(x) for x in tpart.split(':')]
            while len(parts) < 3:
                parts.append(0)
            if len(parts) > 3:
                raise ValueError
            return cls(d.year, d.month, d.day, parts[0], parts[1], parts[2], us, tzinfo=tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None

    @classmethod
    def strptime(cls, string, fmt):
        vals = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
        i = 0
        j = 0
        pm = None
        while i < len(fmt):
            c = fmt[i]
            if c == '%' and i + 1 < len(fmt):
                f = fmt[i + 1]
                i += 2
                if f in 'YmdHMSfyjIe':
                    width = {'Y': 4, 'f': 6, 'j': 3}.get(f, 2)
                    k = j
                    while k < len(string) and k - j < width and string[k].isdigit():
                        k += 1
                    if k == j:
                        raise ValueError("time data %r does not match format %r" % (string, fmt))
                    v = int(string[j:k])
                    lo, hi = _STRPTIME_RANGES.get(f, (0, 9999))
                    if not lo <= v <= hi:
                        raise ValueError("time data %r does not match format %r" % (string, fmt))
                    if f == 'y':
                        vals['Y'] = 1900 + v if v >= 69 else 2000 + v
                    elif f == 'I':
                        vals['H'] = v % 12
                    elif f == 'f':
                        vals['f'] = int((string[j:k] + '000000')[:6])
                    else:
                        vals[f] = v
                    j = k
                elif f in 'bBaA':
                    names = {'b': _MONTHNAMES[1:], 'B': _FULLMONTHNAMES[1:], 'a': _DAYNAMES, 'A': _FULLDAYNAMES}[f]
                    for idx, name in enumerate(names):
                        if string[j:j + len(name)].lower() == name.lower():
                            if f in 'bB':
                                vals['m'] = idx + 1
                            j += len(name)
                            break
                    else:
                        raise ValueError("time data %r does not match format %r" % (string, fmt))
                elif f == 'p':
                    pm = string[j:j + 2].upper() == 'PM'
                    j += 2
                elif f == '%':
                    if string[j:j + 1] != '%':
                        raise ValueError("time data %r does not match format %r" % (string, fmt))
                    j += 1
                else:
                    raise ValueError("'%s' is a bad directive in format '%s'" % (f, '%' + f))
            else:
                if j >= len(string) or string[j] != c:
                    raise ValueError("time data %r does not match format %r" % (string, fmt))
                i += 1
                j += 1
        if j != len(string):
            raise ValueError("unconverted data remains: %s" % string[j:])
        if pm:
            vals['H'] += 12
        if 'j' in vals and '%m' not in fmt and '%d' not in fmt:
            d = date.fromordinal(_ymd2ord(vals['Y'], 1, 1) + vals['j'] - 1)
            vals['m'], vals['d'] = d.month, d.day
        return cls(vals['Y'], vals['m'], vals['d'], vals['H'], vals['M'], vals['S'], vals['f'])

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:  # naive: a local time
            secs = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, -1, -1, -1))
            return secs + self._microsecond / 1e6
        secs = (self.toordinal() - _ymd2ord(1970, 1, 1)) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        secs -= off.days * 86400 + off.seconds
        return secs + self._microsecond / 1e6

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def astimezone(self, tz=None):
        if self.utcoffset() is None:  # naive: a local time
            ts = self.timestamp()
            utc = type(self).utcfromtimestamp(ts)
        else:
            utc = (self - self.utcoffset()).replace(tzinfo=None)
            ts = None
        if tz is None:  # the local zone at that instant, as a fixed offset
            if ts is None:
                ts = (utc - _EPOCH_NAIVE).total_seconds()
            tm = _time.localtime(int(ts // 1))
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        return (utc + tz.utcoffset(utc)).replace(tzinfo=tz)

    def isoformat(self, sep='T', timespec='auto'):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            secs = off.days * 86400 + off.seconds
            sign = '-' if secs < 0 else '+'
            secs = abs(secs)
            s += '%s%02d:%02d' % (sign, secs // 3600, secs // 60 % 60)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "datetime.datetime(%s)" % ", ".join(map(str, L))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        return s

    def strftime(self, fmt):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), yday, self.tzname(), self.utcoffset())

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
                                                   self._hour, self._minute, self._second, self._year)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, -1))

    def _to_us(self):
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond)
        off = self.utcoffset()
        if off is not None:
            us -= off._to_us()
        return us

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond + other._to_us())
        days, us = divmod(us, 86400 * 1000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        s, us = divmod(us, 1000000)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta(microseconds=self._to_us() - other._to_us())
        return NotImplemented

    def _cmpkey(self):
        return self._to_us()

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmpkey() == other._cmpkey()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        return hash(self._cmpkey())


datetime.min = datetime(1, 1, 1)
_EPOCH_NAIVE = datetime(1970, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
UTC = timezone.utc
