/*
 * obj_slice.c — slice objects and the resolution of a slice against a
 * sequence length (CPython's PySlice_GetIndicesEx semantics).
 */
#include "types.h"
#include "internal.h"

gp_obj *gp_slice_new(gp_obj *start, gp_obj *stop, gp_obj *step)
{
    gp_slice *s = (gp_slice *)gp_obj_alloc(&gp_slice_type);
    if (!s) return NULL;
    s->start = gp_incref(start ? start : gp_None);
    s->stop = gp_incref(stop ? stop : gp_None);
    s->step = gp_incref(step ? step : gp_None);
    return (gp_obj *)s;
}

static void slice_dealloc(gp_obj *o)
{
    gp_slice *s = (gp_slice *)o;
    gp_decref(s->start);
    gp_decref(s->stop);
    gp_decref(s->step);
    gp_obj_free(o);
}

/* Clamps a slice bound to [-1, len] style limits, saturating huge ints. */
static int bound(gp_obj *o, gp_ssize *out)
{
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) { *out = (gp_ssize)((gp_int *)o)->small; return 0; }
    if (!GP_INT_CHECK(o) && !GP_TYPE(o)->nb_index) {
        gp_err_set_str(gp_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    gp_obj *i = gp_index(o);
    if (!i) return -1;
    int ovf;
    int64_t v = gp_int_as_i64(i, &ovf);
    gp_decref(i);
    *out = ovf > 0 ? INT64_MAX / 2 : ovf < 0 ? INT64_MIN / 2 : (gp_ssize)v;
    return 0;
}

int gp_slice_indices(gp_obj *slice, gp_ssize length, gp_ssize *start, gp_ssize *stop, gp_ssize *step,
                     gp_ssize *slicelength)
{
    gp_slice *s = (gp_slice *)slice;
    gp_ssize st = 1, a, b;
    if (s->step != gp_None) {
        if (bound(s->step, &st) < 0) return -1;
        if (st == 0) { gp_err_set_str(gp_exc_ValueError, "slice step cannot be zero"); return -1; }
    }
    gp_ssize lo = st < 0 ? -1 : 0, hi = st < 0 ? length - 1 : length;
    if (s->start == gp_None) a = st < 0 ? hi : lo;
    else {
        if (bound(s->start, &a) < 0) return -1;
        if (a < 0) { a += length; if (a < lo) a = lo; }
        else if (a > hi) a = hi;
    }
    if (s->stop == gp_None) b = st < 0 ? lo : hi;
    else {
        if (bound(s->stop, &b) < 0) return -1;
        if (b < 0) { b += length; if (b < lo) b = lo; }
        else if (b > hi) b = hi;
    }
    gp_ssize n = 0;
    if (st < 0) { if (b < a) n = (a - b - 1) / (-st) + 1; }
    else if (a < b) n = (b - a - 1) / st + 1;
    *start = a;
    *stop = b;
    *step = st;
    *slicelength = n;
    return 0;
}

static gp_obj *slice_repr(gp_obj *o)
{
    gp_slice *s = (gp_slice *)o;
    return gp_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static gp_obj *slice_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (GP_TYPE(a) != &gp_slice_type || GP_TYPE(b) != &gp_slice_type) return GP_NOTIMPLEMENTED;
    gp_slice *x = (gp_slice *)a, *y = (gp_slice *)b;
    gp_obj *ta = gp_tuple_pack(3, x->start, x->stop, x->step), *tb = gp_tuple_pack(3, y->start, y->stop, y->step);
    gp_obj *r = ta && tb ? gp_richcompare(ta, tb, op) : NULL;
    gp_xdecref(ta);
    gp_xdecref(tb);
    return r;
}

static gp_obj *slice_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0) return gp_err_set_str(gp_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return gp_err_format(gp_exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return gp_slice_new(NULL, args[0], NULL);
    return gp_slice_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static gp_obj *slice_indices_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("indices", nargs, kw, 1, 1) < 0) return NULL;
    gp_ssize len = gp_index_ssize(args[0]);
    if (len == -1 && gp_err_occurred()) return NULL;
    if (len < 0) return gp_err_set_str(gp_exc_ValueError, "length should not be negative");
    gp_ssize a, b, st, n;
    if (gp_slice_indices(self, len, &a, &b, &st, &n) < 0) return NULL;
    gp_obj *x = gp_int_from_i64(a), *y = gp_int_from_i64(b), *z = gp_int_from_i64(st);
    gp_obj *r = x && y && z ? gp_tuple_pack(3, x, y, z) : NULL;
    gp_xdecref(x);
    gp_xdecref(y);
    gp_xdecref(z);
    return r;
}

static gp_obj *s_start(gp_obj *o) { return gp_incref(((gp_slice *)o)->start); }
static gp_obj *s_stop(gp_obj *o) { return gp_incref(((gp_slice *)o)->stop); }
static gp_obj *s_step(gp_obj *o) { return gp_incref(((gp_slice *)o)->step); }

static const gp_methoddef slice_methods[] = {
    {"indices", slice_indices_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const gp_getsetdef slice_getsets[] = {
    {"start", s_start, NULL}, {"stop", s_stop, NULL}, {"step", s_step, NULL}, {NULL, NULL, NULL},
};

gp_type gp_slice_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "slice",
    .basicsize = sizeof(gp_slice),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .tp_new = slice_new,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
