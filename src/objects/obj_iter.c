/*
 * obj_iter.c — iterator types: the sequence iterator (for classes with
 * only __getitem__), iter(callable, sentinel), enumerate, zip, map,
 * filter and reversed. Each is a real type so that `enumerate(x)` and
 * `type(zip())` behave as in CPython.
 */
#include <stdlib.h>

#include "types.h"
#include "internal.h"

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

/* ---- sequence iterator ---------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *seq; gp_ssize i; } seq_iter;

static void seqiter_dealloc(gp_obj *o)
{
    gp_xdecref(((seq_iter *)o)->seq);
    gp_obj_free(o);
}

static gp_obj *seqiter_next(gp_obj *o)
{
    seq_iter *it = (seq_iter *)o;
    if (!it->seq) return NULL;
    gp_obj *idx = gp_int_from_i64(it->i);
    if (!idx) return NULL;
    gp_obj *r = gp_getitem(it->seq, idx);
    gp_decref(idx);
    if (r) { it->i++; return r; }
    if (gp_err_matches(gp_exc_IndexError) || gp_err_matches(gp_exc_StopIteration)) {
        gp_err_clear();
        GP_CLEAR(it->seq);
    }
    return NULL;
}

gp_type gp_seqiter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "iterator",
    .basicsize = sizeof(seq_iter),
    .dealloc = seqiter_dealloc,
    .iter = iter_self,
    .iternext = seqiter_next,
};

gp_obj *gp_seqiter_new(gp_obj *seq)
{
    seq_iter *it = (seq_iter *)gp_obj_alloc(&gp_seqiter_type);
    if (!it) return NULL;
    it->seq = gp_incref(seq);
    return (gp_obj *)it;
}

/* ---- iter(callable, sentinel) ------------------------------------------------------------ */

typedef struct { gp_obj base; gp_obj *func, *sentinel; } call_iter;

static void calliter_dealloc(gp_obj *o)
{
    call_iter *it = (call_iter *)o;
    gp_xdecref(it->func);
    gp_xdecref(it->sentinel);
    gp_obj_free(o);
}

static gp_obj *calliter_next(gp_obj *o)
{
    call_iter *it = (call_iter *)o;
    if (!it->func) return NULL;
    gp_obj *r = gp_call0(it->func);
    if (!r) {
        if (gp_err_matches(gp_exc_StopIteration)) { gp_err_clear(); GP_CLEAR(it->func); }
        return NULL;
    }
    int eq = gp_richcompare_bool(r, it->sentinel, GP_EQ);
    if (eq == 0) return r;
    gp_decref(r);
    if (eq > 0) GP_CLEAR(it->func);
    return NULL;
}

gp_type gp_calliter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "callable_iterator",
    .basicsize = sizeof(call_iter),
    .dealloc = calliter_dealloc,
    .iter = iter_self,
    .iternext = calliter_next,
};

gp_obj *gp_calliter_new(gp_obj *callable, gp_obj *sentinel)
{
    call_iter *it = (call_iter *)gp_obj_alloc(&gp_calliter_type);
    if (!it) return NULL;
    it->func = gp_incref(callable);
    it->sentinel = gp_incref(sentinel);
    return (gp_obj *)it;
}

/* ---- enumerate ------------------------------------------------------------------------------ */

typedef struct { gp_obj base; gp_obj *it; int64_t i; gp_obj *big; } enum_obj;

static void enum_dealloc(gp_obj *o)
{
    enum_obj *e = (enum_obj *)o;
    gp_xdecref(e->it);
    gp_xdecref(e->big);
    gp_obj_free(o);
}

static gp_obj *enum_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"iterable", "start", NULL};
    gp_obj *a[2];
    if (gp_parse_args("enumerate", args, nargs, kw, names, 2, 1, a) < 0) return NULL;
    gp_obj *start = NULL;
    if (a[1] && !(start = gp_index(a[1]))) return NULL;
    gp_obj *it = gp_iter(a[0]);
    if (!it) { gp_xdecref(start); return NULL; }
    enum_obj *e = (enum_obj *)gp_obj_alloc(t);
    if (!e) { gp_decref(it); gp_xdecref(start); return NULL; }
    e->it = it;
    if (start && GP_INT_IS_SMALL(start)) { e->i = ((gp_int *)start)->small; gp_decref(start); }
    else e->big = start;
    return (gp_obj *)e;
}

static gp_obj *enum_next(gp_obj *o)
{
    enum_obj *e = (enum_obj *)o;
    gp_obj *x = gp_iternext(e->it);
    if (!x) return NULL;
    gp_obj *idx;
    if (e->big) {
        idx = gp_incref(e->big);
        gp_obj *one = gp_int_from_i64(1);
        GP_SETREF(e->big, gp_binop(e->big, one, GP_OP_ADD));
        if (!e->big) { gp_decref(idx); gp_decref(x); return NULL; }
    } else {
        idx = gp_int_from_i64(e->i);
        if (e->i == INT64_MAX) e->big = gp_binop(idx, gp_int_from_i64(1), GP_OP_ADD);
        else e->i++;
    }
    gp_obj *r = idx ? gp_tuple_new(2) : NULL;
    if (!r) { gp_xdecref(idx); gp_decref(x); return NULL; }
    GP_TUPLE_ITEMS(r)[0] = idx;
    GP_TUPLE_ITEMS(r)[1] = x;
    return r;
}

gp_type gp_enumerate_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "enumerate",
    .basicsize = sizeof(enum_obj),
    .flags = GP_TF_BASETYPE,
    .dealloc = enum_dealloc,
    .iter = iter_self,
    .iternext = enum_next,
    .tp_new = enum_new,
};

/* ---- zip ---------------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *iters; bool strict; } zip_obj;

static void zip_dealloc(gp_obj *o)
{
    gp_xdecref(((zip_obj *)o)->iters);
    gp_obj_free(o);
}

static gp_obj *zip_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    bool strict = false;
    gp_ssize nk = kw ? GP_TUPLE_SIZE(kw) : 0;
    for (gp_ssize i = 0; i < nk; i++) {
        if (!gp_str_eq_cstr(GP_TUPLE_GET(kw, i), "strict"))
            return gp_err_set_str(gp_exc_TypeError, "zip() got an unexpected keyword argument");
        int r = gp_truthy(args[nargs + (size_t)i]);
        if (r < 0) return NULL;
        strict = r;
    }
    gp_obj *iters = gp_tuple_new((gp_ssize)nargs);
    if (!iters) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        gp_obj *it = gp_iter(args[i]);
        if (!it) { gp_decref(iters); return NULL; }
        GP_TUPLE_ITEMS(iters)[i] = it;
    }
    zip_obj *z = (zip_obj *)gp_obj_alloc(t);
    if (!z) { gp_decref(iters); return NULL; }
    z->iters = iters;
    z->strict = strict;
    return (gp_obj *)z;
}

static gp_obj *zip_strict_error(gp_ssize i, bool longer)
{
    const char *what = longer ? "longer" : "shorter";
    if (i <= 1) return gp_err_format(gp_exc_ValueError, "zip() argument 2 is %s than argument 1", what);
    return gp_err_format(gp_exc_ValueError, "zip() argument %zd is %s than arguments 1-%zd", i + 1, what, i);
}

static gp_obj *zip_next(gp_obj *o)
{
    zip_obj *z = (zip_obj *)o;
    gp_ssize n = GP_TUPLE_SIZE(z->iters);
    if (n == 0) return NULL;
    gp_obj *r = gp_tuple_new(n);
    if (!r) return NULL;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *x = gp_iternext(GP_TUPLE_GET(z->iters, i));
        if (x) { GP_TUPLE_ITEMS(r)[i] = x; continue; }
        gp_decref(r);
        if (gp_err_occurred() || !z->strict) return NULL;
        if (i > 0) return zip_strict_error(i, false);
        for (gp_ssize j = 1; j < n; j++) {
            gp_obj *y = gp_iternext(GP_TUPLE_GET(z->iters, j));
            if (y) { gp_decref(y); return zip_strict_error(j, true); }
            if (gp_err_occurred()) return NULL;
        }
        return NULL;
    }
    return r;
}

gp_type gp_zip_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "zip",
    .basicsize = sizeof(zip_obj),
    .flags = GP_TF_BASETYPE,
    .dealloc = zip_dealloc,
    .iter = iter_self,
    .iternext = zip_next,
    .tp_new = zip_new,
};

/* ---- map ----------------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *func, *iters; } map_obj;

static void map_dealloc(gp_obj *o)
{
    gp_xdecref(((map_obj *)o)->func);
    gp_xdecref(((map_obj *)o)->iters);
    gp_obj_free(o);
}

static gp_obj *map_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return gp_err_set_str(gp_exc_TypeError, "map() must have at least two arguments.");
    gp_obj *iters = gp_tuple_new((gp_ssize)nargs - 1);
    if (!iters) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        gp_obj *it = gp_iter(args[i]);
        if (!it) { gp_decref(iters); return NULL; }
        GP_TUPLE_ITEMS(iters)[i - 1] = it;
    }
    map_obj *m = (map_obj *)gp_obj_alloc(t);
    if (!m) { gp_decref(iters); return NULL; }
    m->func = gp_incref(args[0]);
    m->iters = iters;
    return (gp_obj *)m;
}

static gp_obj *map_next(gp_obj *o)
{
    map_obj *m = (map_obj *)o;
    gp_ssize n = GP_TUPLE_SIZE(m->iters);
    gp_obj *small[8], **argv = n <= 8 ? small : malloc(sizeof(gp_obj *) * (size_t)n);
    if (!argv) return gp_err_nomemory();
    gp_ssize got = 0;
    gp_obj *r = NULL;
    for (; got < n; got++)
        if (!(argv[got] = gp_iternext(GP_TUPLE_GET(m->iters, got)))) break;
    if (got == n) r = gp_call(m->func, argv, (size_t)n, NULL);
    for (gp_ssize i = 0; i < got; i++) gp_decref(argv[i]);
    if (argv != small) free(argv);
    return r;
}

gp_type gp_map_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "map",
    .basicsize = sizeof(map_obj),
    .flags = GP_TF_BASETYPE,
    .dealloc = map_dealloc,
    .iter = iter_self,
    .iternext = map_next,
    .tp_new = map_new,
};

/* ---- filter ----------------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *func, *it; } filter_obj;

static void filter_dealloc(gp_obj *o)
{
    gp_xdecref(((filter_obj *)o)->func);
    gp_xdecref(((filter_obj *)o)->it);
    gp_obj_free(o);
}

static gp_obj *filter_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2) return gp_err_format(gp_exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    gp_obj *it = gp_iter(args[1]);
    if (!it) return NULL;
    filter_obj *f = (filter_obj *)gp_obj_alloc(t);
    if (!f) { gp_decref(it); return NULL; }
    f->func = gp_incref(args[0]);
    f->it = it;
    return (gp_obj *)f;
}

static gp_obj *filter_next(gp_obj *o)
{
    filter_obj *f = (filter_obj *)o;
    gp_obj *x;
    while ((x = gp_iternext(f->it))) {
        int ok;
        if (f->func == gp_None || f->func == (gp_obj *)&gp_bool_type) {
            ok = gp_truthy(x);
        } else {
            gp_obj *r = gp_call1(f->func, x);
            ok = r ? gp_truthy(r) : -1;
            gp_xdecref(r);
        }
        if (ok > 0) return x;
        gp_decref(x);
        if (ok < 0) return NULL;
    }
    return NULL;
}

gp_type gp_filter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "filter",
    .basicsize = sizeof(filter_obj),
    .flags = GP_TF_BASETYPE,
    .dealloc = filter_dealloc,
    .iter = iter_self,
    .iternext = filter_next,
    .tp_new = filter_new,
};

/* ---- reversed ----------------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *seq; gp_ssize i; } rev_obj;

static void rev_dealloc(gp_obj *o)
{
    gp_xdecref(((rev_obj *)o)->seq);
    gp_obj_free(o);
}

static gp_obj *rev_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "reversed() takes no keyword arguments");
    if (gp_check_nargs("reversed", nargs, NULL, 1, 1) < 0) return NULL;
    gp_obj *seq = args[0];
    gp_obj *m = gp_type_lookup(GP_TYPE(seq), gp_str_intern_cstr("__reversed__"));
    if (m == gp_None)
        return gp_err_format(gp_exc_TypeError, "'%T' object is not reversible", seq);
    if (m) return gp_call_method(seq, "__reversed__", NULL, 0);
    if (!GP_TYPE(seq)->getitem || GP_DICT_CHECK(seq))
        return gp_err_format(gp_exc_TypeError, "'%T' object is not reversible", seq);
    /* a __getitem__ without __len__ fails on len(), with its message */
    gp_ssize n = gp_len(seq);
    if (n < 0) return NULL;
    rev_obj *r = (rev_obj *)gp_obj_alloc(t);
    if (!r) return NULL;
    r->seq = gp_incref(seq);
    r->i = n - 1;
    return (gp_obj *)r;
}

static gp_obj *rev_next(gp_obj *o)
{
    rev_obj *r = (rev_obj *)o;
    if (!r->seq || r->i < 0) { GP_CLEAR(r->seq); return NULL; }
    gp_obj *idx = gp_int_from_i64(r->i--);
    gp_obj *x = idx ? gp_getitem(r->seq, idx) : NULL;
    gp_xdecref(idx);
    if (!x && (gp_err_matches(gp_exc_IndexError) || gp_err_matches(gp_exc_StopIteration))) {
        gp_err_clear();
        GP_CLEAR(r->seq);
    }
    return x;
}

gp_type gp_reversed_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "reversed",
    .basicsize = sizeof(rev_obj),
    .flags = GP_TF_BASETYPE,
    .dealloc = rev_dealloc,
    .iter = iter_self,
    .iternext = rev_next,
    .tp_new = rev_new,
};
