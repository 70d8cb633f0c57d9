/*
 * mod_time.c — _time, the C half of the time module (lib/time.py adds
 * struct_time, gmtime, strftime, ...): clocks (time, monotonic,
 * perf_counter, process_time, thread_time and their _ns forms), sleep,
 * which drops the GIL for its whole duration (GIL_BEGIN_ALLOW_THREADS) so
 * other threads run meanwhile, and the C library's local time
 * (_localtime, _mktime, _tzinfo).
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "vm.h"

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define CLOCK_FUNCS(name, id)                                                                     \
    static gp_obj *t_##name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {   \
        if (gp_check_nargs(#name, nargs, kwnames, 0, 0) < 0) return NULL;                         \
        return gp_float_new((double)clock_ns(id) / 1e9);                                          \
    }                                                                                             \
    static gp_obj *t_##name##_ns(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) { \
        if (gp_check_nargs(#name "_ns", nargs, kwnames, 0, 0) < 0) return NULL;                   \
        return gp_int_from_i64(clock_ns(id));                                                     \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static gp_obj *t_sleep(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("sleep", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *a = args[0];
    if (!GP_INT_CHECK(a) && !GP_FLOAT_CHECK(a))
        return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", a);
    double secs = gp_float_as_double(a);
    if (secs == -1.0 && gp_err_occurred()) return NULL;
    if (isnan(secs)) return gp_err_set_str(gp_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return gp_err_set_str(gp_exc_ValueError, "sleep length must be non-negative");
    int64_t deadline = clock_ns(CLOCK_MONOTONIC) + (int64_t)(secs * 1e9);
    gp_thread *ts = gp_tstate();
    for (;;) {
        int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
        if (left <= 0) break;
        struct timespec req = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
        int rc;
        GIL_BEGIN_ALLOW_THREADS(ts->interp->gil)
        rc = nanosleep(&req, NULL);
        GIL_END_ALLOW_THREADS
        if (rc < 0 && errno == EINTR) {
            /* a signal: let its handler run (KeyboardInterrupt) */
            if (gp_vm_handle_pending(ts) < 0) return NULL;
            continue;
        }
        break;
    }
    return GP_NONE_NEW();
}

/* seconds argument (int or float) -> time_t; None means now */
static int arg_time_t(gp_obj *a, time_t *out) {
    if (a == gp_None) {
        *out = time(NULL);
        return 0;
    }
    if (!GP_INT_CHECK(a) && !GP_FLOAT_CHECK(a)) {
        gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", a);
        return -1;
    }
    double secs = gp_float_as_double(a);
    if (secs == -1.0 && gp_err_occurred()) return -1;
    if (isnan(secs)) {
        gp_err_set_str(gp_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (secs >= 9.2e18 || secs <= -9.2e18) {
        gp_err_set_str(gp_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(secs);
    return 0;
}

/* _localtime(secs): (year, mon, mday, hour, min, sec, wday, yday, isdst,
 * zone, gmtoff) of the C library's local time, wday Monday = 0 */
static gp_obj *t_localtime(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_localtime", nargs, kwnames, 1, 1) < 0) return NULL;
    time_t t;
    if (arg_time_t(args[0], &t) < 0) return NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm)) return gp_err_set_str(gp_exc_OverflowError, "timestamp out of range for platform time_t");
    gp_obj *r = gp_tuple_new(11);
    if (!r) return NULL;
    long v[9] = {tm.tm_year + 1900L, tm.tm_mon + 1L, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                 (tm.tm_wday + 6) % 7, tm.tm_yday + 1L, tm.tm_isdst};
    for (int i = 0; i < 9; i++) GP_TUPLE_ITEMS(r)[i] = gp_int_from_i64(v[i]);
    GP_TUPLE_ITEMS(r)[9] = gp_str_from_cstr(tm.tm_zone ? tm.tm_zone : "");
    GP_TUPLE_ITEMS(r)[10] = gp_int_from_i64(tm.tm_gmtoff);
    for (int i = 0; i < 11; i++) {
        if (!GP_TUPLE_ITEMS(r)[i]) {
            gp_decref(r);
            return NULL;
        }
    }
    return r;
}

/* _mktime(year, mon, mday, hour, min, sec, isdst): local time -> seconds */
static gp_obj *t_mktime(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_mktime", nargs, kwnames, 7, 7) < 0) return NULL;
    int v[7];
    for (int i = 0; i < 7; i++) {
        if (!GP_INT_CHECK(args[i]))
            return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[i]);
        if (gp_int_as_cint(args[i], &v[i], "signed integer is greater than maximum") < 0) return NULL;
    }
    struct tm tm = {0};
    tm.tm_year = v[0] - 1900;
    tm.tm_mon = v[1] - 1;
    tm.tm_mday = v[2];
    tm.tm_hour = v[3];
    tm.tm_min = v[4];
    tm.tm_sec = v[5];
    tm.tm_isdst = v[6];
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return gp_err_set_str(gp_exc_OverflowError, "mktime argument out of range");
    return gp_float_new((double)t);
}

/* _tzinfo(): (timezone, altzone, daylight, (std name, dst name)).  As
 * CPython on glibc, from the zone in force at the start and the middle of
 * the current year rather than tzname[]/daylight, which describe the zone's
 * whole history (Asia/Kolkata's 1942 "+0630" would show as its DST name). */
static gp_obj *t_tzinfo(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_tzinfo", nargs, kwnames, 0, 0) < 0) return NULL;
    tzset();
    const time_t year = (time_t)((365 * 24 + 6) * 3600);
    time_t t = time(NULL) / year * year;
    struct tm jan, jul;
    time_t t2 = t + year / 2;
    if (!localtime_r(&t, &jan) || !localtime_r(&t2, &jul)) return gp_err_from_errno(gp_exc_OSError);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *jann = jan.tm_zone ? jan.tm_zone : "", *juln = jul.tm_zone ? jul.tm_zone : "";
    bool south = janzone < julzone; /* DST in January: the southern hemisphere */
    gp_obj *r = gp_tuple_new(4);
    gp_obj *names = gp_tuple_new(2);
    if (!names || !r) {
        gp_xdecref(names);
        gp_xdecref(r);
        return NULL;
    }
    GP_TUPLE_ITEMS(names)[0] = gp_str_from_cstr(south ? juln : jann);
    GP_TUPLE_ITEMS(names)[1] = gp_str_from_cstr(south ? jann : juln);
    GP_TUPLE_ITEMS(r)[0] = gp_int_from_i64(south ? julzone : janzone);
    GP_TUPLE_ITEMS(r)[1] = gp_int_from_i64(south ? janzone : julzone);
    GP_TUPLE_ITEMS(r)[2] = gp_int_from_i64(janzone != julzone);
    GP_TUPLE_ITEMS(r)[3] = names;
    for (int i = 0; i < 4; i++) {
        if (!GP_TUPLE_ITEMS(r)[i] || (i == 3 && (!GP_TUPLE_ITEMS(names)[0] || !GP_TUPLE_ITEMS(names)[1]))) {
            gp_decref(r);
            return NULL;
        }
    }
    return r;
}

static const gp_methoddef time_functions[] = {
    {"time", t_time, 0, NULL},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL},
    {"perf_counter_ns", t_perf_counter_ns, 0, NULL},
    {"process_time", t_process_time, 0, NULL},
    {"process_time_ns", t_process_time_ns, 0, NULL},
    {"thread_time", t_thread_time, 0, NULL},
    {"thread_time_ns", t_thread_time_ns, 0, NULL},
    {"sleep", t_sleep, 0, "sleep(seconds): delay execution; other threads run meanwhile."},
    {"_localtime", t_localtime, 0, NULL},
    {"_mktime", t_mktime, 0, NULL},
    {"_tzinfo", t_tzinfo, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_time_init(void) {
    gp_obj *m = gp_module_new("_time");
    if (!m) return NULL;
    if (gp_module_add_functions(m, time_functions) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
