/*
 * obj_range.c — range: start/stop/step as machine words (CPython raises
 * OverflowError for lengths beyond ssize_t too), O(1) len, indexing and
 * membership for ints, slicing to a new range, and a fast iterator.
 */
#include "types.h"
#include "internal.h"

typedef struct { gp_obj base; int64_t start, stop, step, len; } range;
typedef struct { gp_obj base; int64_t next, step, left; } range_iter;

extern gp_type gp_range_iter_type;

static int64_t range_len(int64_t a, int64_t b, int64_t st)
{
    if (st > 0 && a < b) return (int64_t)(((uint64_t)b - (uint64_t)a - 1) / (uint64_t)st + 1);
    if (st < 0 && a > b) return (int64_t)(((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)st) + 1);
    return 0;
}

static gp_obj *range_make(int64_t a, int64_t b, int64_t st)
{
    range *r = (range *)gp_obj_alloc(&gp_range_type);
    if (!r) return NULL;
    r->start = a;
    r->stop = b;
    r->step = st;
    r->len = range_len(a, b, st);
    return (gp_obj *)r;
}

static int arg_i64(gp_obj *o, int64_t *out)
{
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) { *out = ((gp_int *)o)->small; return 0; }
    gp_obj *i = gp_index(o);
    if (!i) return -1;
    int ovf;
    *out = gp_int_as_i64(i, &ovf);
    gp_decref(i);
    if (ovf || *out < -((int64_t)1 << 62) || *out > ((int64_t)1 << 62)) {
        gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

gp_obj *gp_range_new(gp_obj *start, gp_obj *stop, gp_obj *step)
{
    int64_t a = 0, b, st = 1;
    if (start && arg_i64(start, &a) < 0) return NULL;
    if (arg_i64(stop, &b) < 0) return NULL;
    if (step && arg_i64(step, &st) < 0) return NULL;
    if (st == 0) return gp_err_set_str(gp_exc_ValueError, "range() arg 3 must not be zero");
    return range_make(a, b, st);
}

static gp_obj *range_tp_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0) return gp_err_set_str(gp_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return gp_err_format(gp_exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    for (size_t i = 0; i < nargs; i++)
        if (!GP_INT_CHECK(args[i]) && !GP_TYPE(args[i])->nb_index)
            return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[i]);
    if (nargs == 1) return gp_range_new(NULL, args[0], NULL);
    return gp_range_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static void range_dealloc(gp_obj *o) { gp_obj_free(o); }

static gp_obj *range_repr(gp_obj *o)
{
    range *r = (range *)o;
    if (r->step == 1) return gp_str_from_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return gp_str_from_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static gp_ssize range_length(gp_obj *o) { return (gp_ssize)((range *)o)->len; }
static int range_bool(gp_obj *o) { return ((range *)o)->len != 0; }

static gp_obj *range_getitem(gp_obj *o, gp_obj *key)
{
    range *r = (range *)o;
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize a, b, st, n;
        if (gp_slice_indices(key, (gp_ssize)r->len, &a, &b, &st, &n) < 0) return NULL;
        int64_t ns = r->start + a * r->step, nst = r->step * st;
        return range_make(ns, ns + n * nst, nst);
    }
    if (!GP_INT_CHECK(key) && !GP_TYPE(key)->nb_index)
        return gp_err_format(gp_exc_TypeError, "range indices must be integers or slices, not %T", key);
    gp_ssize i = gp_index_ssize(key);
    if (i == -1 && gp_err_occurred()) {
        if (gp_err_matches(gp_exc_OverflowError)) { gp_err_clear(); return gp_err_set_str(gp_exc_IndexError, "range object index out of range"); }
        return NULL;
    }
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) return gp_err_set_str(gp_exc_IndexError, "range object index out of range");
    return gp_int_from_i64(r->start + i * r->step);
}

static int range_index_of(range *r, gp_obj *x, int64_t *pos)
{
    if (!GP_INT_CHECK(x) || !GP_INT_IS_SMALL(x)) return 0;
    int64_t v = ((gp_int *)x)->small;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
    if ((v - r->start) % r->step != 0) return 0;
    *pos = (v - r->start) / r->step;
    return 1;
}

static int range_contains(gp_obj *o, gp_obj *x)
{
    int64_t pos;
    if (GP_INT_CHECK(x)) return range_index_of((range *)o, x, &pos);
    gp_obj *it = gp_iter(o);
    if (!it) return -1;
    gp_obj *y;
    int found = 0;
    while (!found && (y = gp_iternext(it))) {
        found = gp_richcompare_bool(y, x, GP_EQ);
        gp_decref(y);
    }
    gp_decref(it);
    return found;
}

static gp_obj *range_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (GP_TYPE(a) != &gp_range_type || GP_TYPE(b) != &gp_range_type || (op != GP_EQ && op != GP_NE))
        return GP_NOTIMPLEMENTED;
    range *x = (range *)a, *y = (range *)b;
    bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return gp_bool_new(op == GP_EQ ? eq : !eq);
}

static gp_hash range_hash(gp_obj *o)
{
    range *r = (range *)o;
    gp_obj *l = gp_int_from_i64(r->len), *s = gp_int_from_i64(r->start), *st = gp_int_from_i64(r->step);
    gp_obj *t = NULL;
    if (l && s && st) t = r->len == 0 ? gp_tuple_pack(3, l, gp_None, gp_None)
                        : r->len == 1 ? gp_tuple_pack(3, l, s, gp_None) : gp_tuple_pack(3, l, s, st);
    gp_xdecref(l);
    gp_xdecref(s);
    gp_xdecref(st);
    if (!t) return -1;
    gp_hash h = gp_hash_of(t);
    gp_decref(t);
    return h;
}

static gp_obj *make_iter(int64_t next, int64_t step, int64_t left)
{
    range_iter *it = (range_iter *)gp_obj_alloc(&gp_range_iter_type);
    if (!it) return NULL;
    it->next = next;
    it->step = step;
    it->left = left;
    return (gp_obj *)it;
}

static gp_obj *range_iter_new(gp_obj *o)
{
    range *r = (range *)o;
    return make_iter(r->start, r->step, r->len);
}

static gp_obj *range_reversed(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    range *r = (range *)self;
    return make_iter(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static gp_obj *range_count(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("count", nargs, kw, 1, 1) < 0) return NULL;
    int r = range_contains(self, args[0]);
    return r < 0 ? NULL : gp_int_from_i64(r);
}

static gp_obj *range_index(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("index", nargs, kw, 1, 1) < 0) return NULL;
    int64_t pos;
    if (range_index_of((range *)self, args[0], &pos)) return gp_int_from_i64(pos);
    return gp_err_format(gp_exc_ValueError, "%R is not in range", args[0]);
}

static gp_obj *r_start(gp_obj *o) { return gp_int_from_i64(((range *)o)->start); }
static gp_obj *r_stop(gp_obj *o) { return gp_int_from_i64(((range *)o)->stop); }
static gp_obj *r_step(gp_obj *o) { return gp_int_from_i64(((range *)o)->step); }

static const gp_methoddef range_methods[] = {
    {"__reversed__", range_reversed, 0, NULL},
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const gp_getsetdef range_getsets[] = {
    {"start", r_start, NULL}, {"stop", r_stop, NULL}, {"step", r_step, NULL}, {NULL, NULL, NULL},
};

gp_type gp_range_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "range",
    .basicsize = sizeof(range),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter_new,
    .len = range_length,
    .getitem = range_getitem,
    .contains = range_contains,
    .nb_bool = range_bool,
    .tp_new = range_tp_new,
    .methods = range_methods,
    .getsets = range_getsets,
};

static gp_obj *rangeiter_next(gp_obj *o)
{
    range_iter *it = (range_iter *)o;
    if (it->left <= 0) return NULL;
    it->left--;
    int64_t v = it->next;
    it->next += it->step;
    return gp_int_from_i64(v);
}

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

static gp_obj *rangeiter_length_hint(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_int_from_i64(((range_iter *)self)->left);
}

static const gp_methoddef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_range_iter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(range_iter),
    .dealloc = range_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};
