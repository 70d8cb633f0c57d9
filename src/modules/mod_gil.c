/*
 * mod_gil.c — the gil module: the GIL seen from inside the program.
 *
 *   gil.policy()            'fair', 'cpython' or 'legacy'
 *   gil.interval([secs])    the switch interval in seconds (the same number
 *                           as sys.getswitchinterval); sets it when given
 *   gil.stats()             {thread name: {numbers}} for every thread that
 *                           ran since the last reset, ended ones included
 *   gil.total()             the same numbers summed over all threads
 *   gil.elapsed()           seconds since the last reset (the % base)
 *   gil.reset_stats()       counters back to zero
 *   gil.report()            the -X gilstats text, as a str
 *   gil.trace_start(path)   record a trace; path ending .html/.htm gives
 *   gil.trace_stop()        the timeline page, anything else Chrome JSON
 *   gil.trace_active()
 *
 * libgil calls its visitors under an internal lock, so the numbers are
 * copied out first and the Python objects built afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

static gil_t *mg_gil(void) { return gp_main_interp->gil; }

static gp_obj *mg_policy(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("policy", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_str_from_cstr(gil_policy_name(gil_get_policy(mg_gil())));
}

static gp_obj *mg_interval(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("interval", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs == 1) {
        double d = gp_float_as_double(args[0]);
        if (d == -1.0 && gp_err_occurred()) return NULL;
        if (!(d > 0.0)) return gp_err_set_str(gp_exc_ValueError, "switch interval must be strictly positive");
        double us = d * 1e6;
        if (us < 1) us = 1;
        if (us > 4e9) us = 4e9;
        gil_set_interval_us(mg_gil(), (unsigned)us);
    }
    return gp_float_new(gil_get_interval_us(mg_gil()) / 1e6);
}

/* d[key] = x, stealing x; -1 (x released) on failure. */
static int mg_put(gp_obj *d, const char *key, gp_obj *x) {
    if (!x) return -1;
    int rc = gp_dict_set_cstr(d, key, x);
    gp_decref(x);
    return rc;
}

/* One thread's numbers as a dict of ints (ns, counts) and floats (ms). */
static gp_obj *mg_stats_dict(const gil_stats *s) {
    gp_obj *d = gp_dict_new();
    if (!d) return NULL;
    if (mg_put(d, "hold_ns", gp_int_from_u64(s->hold_ns)) < 0 ||
        mg_put(d, "wait_ns", gp_int_from_u64(s->wait_ns)) < 0 ||
        mg_put(d, "hold_ms", gp_float_new(s->hold_ns / 1e6)) < 0 ||
        mg_put(d, "wait_ms", gp_float_new(s->wait_ns / 1e6)) < 0 ||
        mg_put(d, "acquisitions", gp_int_from_u64(s->acquisitions)) < 0 ||
        mg_put(d, "contended", gp_int_from_u64(s->contended)) < 0 ||
        mg_put(d, "voluntary_drops", gp_int_from_u64(s->voluntary_drops)) < 0 ||
        mg_put(d, "forced_drops", gp_int_from_u64(s->forced_drops)) < 0 ||
        mg_put(d, "drop_requests", gp_int_from_u64(s->drop_requests)) < 0 ||
        mg_put(d, "switches", gp_int_from_u64(s->switches)) < 0 ||
        mg_put(d, "max_wait_ns", gp_int_from_u64(s->max_wait_ns)) < 0 ||
        mg_put(d, "convoy_ns", gp_int_from_u64(s->convoy_ns)) < 0 ||
        mg_put(d, "convoy_waits", gp_int_from_u64(s->convoy_waits)) < 0) {
        gp_decref(d);
        return NULL;
    }
    gp_obj *h = gp_list_new(0);
    if (!h) { gp_decref(d); return NULL; }
    for (int i = 0; i < GIL_HIST_BUCKETS; i++) {
        gp_obj *x = gp_int_from_u64(s->wait_hist[i]);
        if (!x || gp_list_append(h, x) < 0) { gp_xdecref(x); gp_decref(h); gp_decref(d); return NULL; }
        gp_decref(x);
    }
    int rc = gp_dict_set_cstr(d, "wait_hist", h);
    gp_decref(h);
    if (rc < 0) { gp_decref(d); return NULL; }
    return d;
}

typedef struct mg_row {
    char name[72];
    gil_stats st;
} mg_row;

typedef struct mg_rows {
    mg_row *v;
    size_t n, cap;
    int oom;
} mg_rows;

static int mg_collect(void *ud, const gil_thread_t *t, const char *name, const gil_stats *st) {
    mg_rows *r = ud;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        mg_row *v = realloc(r->v, cap * sizeof *v);
        if (!v) { r->oom = 1; return 1; }
        r->v = v;
        r->cap = cap;
    }
    snprintf(r->v[r->n].name, sizeof r->v[r->n].name, "%s", name && *name ? name : "?");
    r->v[r->n].st = *st;
    r->n++;
    return 0;
}

static gp_obj *mg_stats(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("stats", nargs, kwnames, 0, 0) < 0) return NULL;
    mg_rows r = {0};
    gil_stats_foreach_all(mg_gil(), mg_collect, &r);
    if (r.oom) { free(r.v); return gp_err_set_str(gp_exc_MemoryError, "out of memory"); }
    gp_obj *d = gp_dict_new();
    if (!d) { free(r.v); return NULL; }
    for (size_t i = 0; i < r.n; i++) {
        /* Two threads with one name (rare: names are usually unique) get
         * "name (2)", "name (3)" ... rather than hiding each other. */
        char key[96];
        snprintf(key, sizeof key, "%s", r.v[i].name);
        for (int k = 2; gp_dict_get_cstr(d, key); k++) snprintf(key, sizeof key, "%s (%d)", r.v[i].name, k);
        gp_obj *row = mg_stats_dict(&r.v[i].st);
        if (!row || gp_dict_set_cstr(d, key, row) < 0) {
            gp_xdecref(row);
            gp_decref(d);
            free(r.v);
            return NULL;
        }
        gp_decref(row);
    }
    free(r.v);
    return d;
}

static gp_obj *mg_total(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("total", nargs, kwnames, 0, 0) < 0) return NULL;
    gil_stats st;
    if (gil_stats_get(mg_gil(), &st) < 0) return gp_err_set_str(gp_exc_RuntimeError, "no GIL statistics");
    return mg_stats_dict(&st);
}

static gp_obj *mg_elapsed(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("elapsed", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_float_new(gil_stats_elapsed_ns(mg_gil()) / 1e9);
}

static gp_obj *mg_reset_stats(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("reset_stats", nargs, kwnames, 0, 0) < 0) return NULL;
    gil_stats_reset(mg_gil());
    return GP_NONE_NEW();
}

static gp_obj *mg_report(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("report", nargs, kwnames, 0, 0) < 0) return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return gp_err_set_str(gp_exc_MemoryError, "out of memory");
    int rc = gil_stats_report(mg_gil(), f);
    fclose(f);
    if (rc < 0 || !buf) { free(buf); return gp_err_set_str(gp_exc_MemoryError, "out of memory"); }
    gp_obj *s = gp_str_new(buf, len);
    free(buf);
    return s;
}

static gp_obj *mg_trace_start(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("trace_start", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "path must be str, not %T", args[0]);
    const char *path = GP_STR_DATA(args[0]);
    int rc = gil_trace_start(mg_gil(), path);
    if (rc == GIL_EBUSY) return gp_err_set_str(gp_exc_RuntimeError, "a GIL trace is already running");
    if (rc < 0) return gp_err_format(gp_exc_OSError, "cannot trace the GIL to %s: %s", path, gil_strerror(rc));
    return GP_NONE_NEW();
}

static gp_obj *mg_trace_stop(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("trace_stop", nargs, kwnames, 0, 0) < 0) return NULL;
    int rc = gil_trace_stop(mg_gil());
    if (rc == GIL_ESTATE) return gp_err_set_str(gp_exc_RuntimeError, "no GIL trace is running");
    if (rc < 0) return gp_err_format(gp_exc_OSError, "cannot write the GIL trace: %s", gil_strerror(rc));
    return GP_NONE_NEW();
}

static gp_obj *mg_trace_active(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("trace_active", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_bool_new(gil_trace_active(mg_gil()) != 0);
}

static const gp_methoddef gil_functions[] = {
    {"policy", mg_policy, 0, "The GIL's scheduling policy: 'fair', 'cpython' or 'legacy'."},
    {"interval", mg_interval, 0, "interval([seconds]): the switch interval (as sys.getswitchinterval); sets it when given."},
    {"stats", mg_stats, 0, "A dict {thread name: dict of numbers} since the last reset_stats()."},
    {"total", mg_total, 0, "The numbers of stats() summed over all threads."},
    {"elapsed", mg_elapsed, 0, "Seconds since the last reset_stats() (or the start)."},
    {"reset_stats", mg_reset_stats, 0, "Starts the GIL statistics again from zero."},
    {"report", mg_report, 0, "The -X gilstats report as a str."},
    {"trace_start", mg_trace_start, 0, "trace_start(path): record GIL events; .html gives a timeline page, else JSON."},
    {"trace_stop", mg_trace_stop, 0, "Stops the trace and writes its file."},
    {"trace_active", mg_trace_active, 0, "True while a trace is being recorded."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_gil_init(void) {
    gp_obj *m = gp_module_new("gil");
    if (!m) return NULL;
    if (gp_module_add_functions(m, gil_functions) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
