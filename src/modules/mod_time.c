/*
 * mod_time.c — the time module: clocks (time, monotonic, perf_counter,
 * process_time, thread_time and their _ns forms) and sleep, which drops
 * the GIL for its whole duration (GIL_BEGIN_ALLOW_THREADS) so other
 * threads run meanwhile.
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
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_time_init(void) {
    gp_obj *m = gp_module_new("time");
    if (!m) return NULL;
    if (gp_module_add_functions(m, time_functions) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
