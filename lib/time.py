"""Time access and conversions (gilpy's time: the clocks and sleep come from
the C module _time; struct_time, gmtime, localtime, mktime, strftime,
strptime, asctime and ctime are written here in Python)."""

from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, thread_time, thread_time_ns, sleep)
import _time

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
           'Nov', 'Dec')

timezone, altzone, daylight, tzname = _time._tzinfo()


def tzset():
    """Re-reads TZ from the environment: local time and the zone constants
    follow it from now on."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _time._tzinfo()


class struct_time(tuple):
    """The 9-field time tuple; tm_zone and tm_gmtoff are extra attributes."""
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    tm_zone = None
    tm_gmtoff = None

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            if len(seq) < 9:
                raise TypeError('time.struct_time() takes an at least 9-sequence '
                                '(%d-sequence given)' % len(seq))
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % len(seq))
        if len(seq) > 9:
            # gilpy's tuple subclasses have no instance dict: the zone lives
            # on a cached subclass (still named struct_time) instead
            cls = _zone_class(seq[9], seq[10] if len(seq) > 10 else None)
        return tuple.__new__(cls, seq[:9])

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self.tm_zone, self.tm_gmtoff),))


_zone_classes = {}


def _zone_class(zone, gmtoff):
    cls = _zone_classes.get((zone, gmtoff))
    if cls is None:
        cls = type('struct_time', (struct_time,), {'__slots__': (), 'tm_zone': zone,
                                                   'tm_gmtoff': gmtoff, '__module__': 'time'})
        _zone_classes[(zone, gmtoff)] = cls
    return cls


def _make_field(i):
    return property(lambda self: tuple.__getitem__(self, i))


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, _make_field(_i))
del _i, _name


def _secs(secs):
    if secs is None:
        return _time.time()
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    return secs


def _civil(days):
    # days since 1970-01-01 -> (year, month, day), proleptic Gregorian
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _yday(y, m, d):
    cum = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return cum[m - 1] + d + (1 if leap and m > 2 else 0)


def gmtime(secs=None):
    t = int(_secs(secs) // 1)
    days, rem = divmod(t, 86400)
    y, m, d = _civil(days)
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7,
                        _yday(y, m, d), 0, 'UTC', 0))


def localtime(secs=None):
    return struct_time(_time._localtime(_secs(secs)))


def _tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return t


def mktime(t):
    t = _tuple(t, 'mktime')
    return _time._mktime(t[0], t[1], t[2], t[3], t[4], t[5], t[8])


def asctime(t=None):
    t = _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7], _MONTHS[t[1]], t[2], t[3], t[4],
                                            t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    t = _tuple(t, 'strftime')
    y, mo, d, h, mi, s, wd, yday, isdst = t
    # CPython's range checks (a zero month, day or yday is allowed: they
    # mean "unknown" and are bumped to 1)
    if not (0 <= mo <= 12):
        raise ValueError('month out of range')
    if not (0 <= d <= 31):
        raise ValueError('day of month out of range')
    if not (0 <= h <= 23):
        raise ValueError('hour out of range')
    if not (0 <= mi <= 59):
        raise ValueError('minute out of range')
    if not (0 <= s <= 61):
        raise ValueError('seconds out of range')
    if not (0 <= yday <= 366):
        raise ValueError('day of year out of range')
    if wd < 0:
        raise ValueError('day of week out of range')
    from datetime import _strftime, timedelta
    zone = getattr(t, 'tm_zone', None)
    off = getattr(t, 'tm_gmtoff', None)
    if zone is None:
        zone = tzname[isdst > 0] if isdst >= 0 else ''
    if off is None:
        off = -(altzone if isdst > 0 else timezone)
    return _strftime(format, y, mo or 1, d or 1, h, mi, s, 0, wd % 7, yday or 1, zone,
                     timedelta(seconds=off))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    from datetime import datetime
    if not isinstance(string, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % type(string).__name__)
    tt = datetime.strptime(string, format).timetuple()
    return struct_time(tuple(tt[:8]) + (-1,))
