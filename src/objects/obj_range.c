/*
 * obj_range.c — range: start/stop/step as machine words (CPython raises
 * OverflowError for lengths beyond ssize_t too), O(1) len, indexing and
 * membership for ints, slicing to a new range, and a fast iterator.
 */
#include "types.h"
#include "internal.h"

/* Ranges whose bounds do not fit a machine word keep ints in big[] (start,
 * stop, step, len) and take the slower generic paths. */
typedef struct { gp_obj base; int64_t start, stop, step, len; gp_obj *big[4]; } range;
typedef struct { gp_obj base; int64_t next, step, left; gp_obj *bnext, *bstep, *bleft; } range_iter;

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

static gp_obj *big_range_new(gp_obj *start, gp_obj *stop, gp_obj *step);

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
    if ((start && arg_i64(start, &a) < 0) || arg_i64(stop, &b) < 0 || (step && arg_i64(step, &st) < 0)) {
        if (!gp_err_matches(gp_exc_OverflowError)) return NULL;
        gp_err_clear();
        return big_range_new(start, stop, step);
    }
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

static void range_dealloc(gp_obj *o)
{
    range *r = (range *)o;
    if (GP_TYPE(o) == &gp_range_type)
        for (int i = 0; i < 4; i++) gp_xdecref(r->big[i]);
    gp_obj_free(o);
}

static void rangeiter_dealloc(gp_obj *o)
{
    range_iter *it = (range_iter *)o;
    gp_xdecref(it->bnext);
    gp_xdecref(it->bstep);
    gp_xdecref(it->bleft);
    gp_obj_free(o);
}

/* ---- big ranges ---------------------------------------------------------------------------- */

static gp_obj *add(gp_obj *a, gp_obj *b) { return gp_binop(a, b, GP_OP_ADD); }
static gp_obj *sub(gp_obj *a, gp_obj *b) { return gp_binop(a, b, GP_OP_SUB); }
static gp_obj *one(void) { return gp_int_from_i64(1); }

static gp_obj *big_range_new(gp_obj *start, gp_obj *stop, gp_obj *step)
{
    gp_obj *a = start ? gp_index(start) : gp_int_from_i64(0), *b = gp_index(stop), *s = step ? gp_index(step) : one();
    gp_obj *len = NULL;
    if (a && b && s) {
        if (gp_int_sign(s) == 0) {
            gp_err_set_str(gp_exc_ValueError, "range() arg 3 must not be zero");
        } else {
            bool up = gp_int_sign(s) > 0;
            int c = gp_richcompare_bool(a, b, up ? GP_LT : GP_GT);
            if (c > 0) {
                gp_obj *diff = up ? sub(b, a) : sub(a, b), *o = one();
                gp_obj *d1 = diff ? sub(diff, o) : NULL;
                gp_obj *as = up ? gp_incref(s) : gp_unary(s, GP_UOP_NEG);
                gp_obj *q = d1 && as ? gp_binop(d1, as, GP_OP_FLOORDIV) : NULL;
                len = q ? add(q, o) : NULL;
                gp_xdecref(diff); gp_xdecref(d1); gp_xdecref(as); gp_xdecref(q);
            } else if (c == 0) {
                len = gp_int_from_i64(0);
            }
        }
    }
    if (!len) { gp_xdecref(a); gp_xdecref(b); gp_xdecref(s); return NULL; }
    range *r = (range *)gp_obj_alloc(&gp_range_type);
    if (!r) { gp_decref(a); gp_decref(b); gp_decref(s); gp_decref(len); return NULL; }
    r->big[0] = a; r->big[1] = b; r->big[2] = s; r->big[3] = len;
    int ovf;
    int64_t n = gp_int_as_i64(len, &ovf);
    r->len = ovf ? -1 : n;
    return (gp_obj *)r;
}

static gp_obj *big_item(range *r, gp_obj *i)
{
    gp_obj *p = gp_binop(i, r->big[2], GP_OP_MUL);
    gp_obj *v = p ? add(r->big[0], p) : NULL;
    gp_xdecref(p);
    return v;
}

static gp_obj *big_getitem(range *r, gp_obj *key)
{
    gp_obj *i = gp_index(key);
    if (!i) return NULL;
    if (gp_int_sign(i) < 0) GP_SETREF(i, add(i, r->big[3]));
    if (!i) return NULL;
    if (gp_int_sign(i) < 0 || gp_richcompare_bool(i, r->big[3], GP_GE) > 0) {
        gp_decref(i);
        return gp_err_set_str(gp_exc_IndexError, "range object index out of range");
    }
    gp_obj *v = big_item(r, i);
    gp_decref(i);
    return v;
}

static int big_contains(range *r, gp_obj *x)
{
    bool up = gp_int_sign(r->big[2]) > 0;
    int lo = gp_richcompare_bool(x, r->big[0], up ? GP_GE : GP_LE);
    int hi = gp_richcompare_bool(x, r->big[1], up ? GP_LT : GP_GT);
    if (lo <= 0 || hi <= 0) return lo < 0 || hi < 0 ? -1 : 0;
    gp_obj *d = sub(x, r->big[0]);
    gp_obj *m = d ? gp_binop(d, r->big[2], GP_OP_MOD) : NULL;
    gp_xdecref(d);
    if (!m) return -1;
    int res = gp_int_sign(m) == 0;
    gp_decref(m);
    return res;
}

static gp_obj *range_repr(gp_obj *o)
{
    range *r = (range *)o;
    if (r->big[0]) {
        if (gp_int_sign(r->big[2]) > 0 && gp_richcompare_bool(r->big[2], gp_int_from_i64(1), GP_EQ) > 0)
            return gp_str_from_format("range(%S, %S)", r->big[0], r->big[1]);
        return gp_str_from_format("range(%S, %S, %S)", r->big[0], r->big[1], r->big[2]);
    }
    if (r->step == 1) return gp_str_from_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return gp_str_from_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static gp_ssize range_length(gp_obj *o)
{
    range *r = (range *)o;
    if (r->len < 0) {
        gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (gp_ssize)r->len;
}
static int range_bool(gp_obj *o) { return ((range *)o)->len != 0; }

static gp_obj *range_getitem(gp_obj *o, gp_obj *key)
{
    range *r = (range *)o;
    if (r->big[0] && GP_TYPE(key) != &gp_slice_type) return big_getitem(r, key);
    if (r->big[0]) {
        gp_ssize a, b, st, n;
        if (r->len < 0) return gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        if (gp_slice_indices(key, (gp_ssize)r->len, &a, &b, &st, &n) < 0) return NULL;
        gp_obj *ia = gp_int_from_i64(a), *ib = gp_int_from_i64(b), *is = gp_int_from_i64(st);
        gp_obj *na = ia ? big_item(r, ia) : NULL, *nb = ib ? big_item(r, ib) : NULL;
        gp_obj *ns = is ? gp_binop(r->big[2], is, GP_OP_MUL) : NULL;
        gp_obj *res = na && nb && ns ? gp_range_new(na, nb, ns) : NULL;
        gp_xdecref(ia); gp_xdecref(ib); gp_xdecref(is); gp_xdecref(na); gp_xdecref(nb); gp_xdecref(ns);
        return res;
    }
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize a, b, st, n;
        if (gp_slice_indices(key, (gp_ssize)r->len, &a, &b, &st, &n) < 0) return NULL;
        (void)n;
        return range_make(r->start + a * r->step, r->start + b * r->step, r->step * st);
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
    if (((range *)o)->big[0] && GP_INT_CHECK(x)) return big_contains((range *)o, x);
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
    if (x->big[0] || y->big[0]) return gp_bool_new((op == GP_EQ) == (a == b));
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
    if (r->big[0]) {
        range_iter *it = (range_iter *)gp_obj_alloc(&gp_range_iter_type);
        if (!it) return NULL;
        it->bnext = gp_incref(r->big[0]);
        it->bstep = gp_incref(r->big[2]);
        it->bleft = gp_incref(r->big[3]);
        return (gp_obj *)it;
    }
    return make_iter(r->start, r->step, r->len);
}

static gp_obj *range_reversed(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    range *r = (range *)self;
    if (r->big[0]) return gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C long");
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
    range *r = (range *)self;
    if (r->big[0] && GP_INT_CHECK(args[0])) {
        int c = big_contains(r, args[0]);
        if (c < 0) return NULL;
        if (!c) return gp_err_format(gp_exc_ValueError, "%R is not in range", args[0]);
        gp_obj *d = sub(args[0], r->big[0]);
        gp_obj *q = d ? gp_binop(d, r->big[2], GP_OP_FLOORDIV) : NULL;
        gp_xdecref(d);
        return q;
    }
    int64_t pos;
    if (range_index_of((range *)self, args[0], &pos)) return gp_int_from_i64(pos);
    return gp_err_format(gp_exc_ValueError, "%R is not in range", args[0]);
}

static gp_obj *r_field(gp_obj *o, int i, int64_t v)
{
    range *r = (range *)o;
    return r->big[0] ? gp_incref(r->big[i]) : gp_int_from_i64(v);
}
static gp_obj *r_start(gp_obj *o) { return r_field(o, 0, ((range *)o)->start); }
static gp_obj *r_stop(gp_obj *o) { return r_field(o, 1, ((range *)o)->stop); }
static gp_obj *r_step(gp_obj *o) { return r_field(o, 2, ((range *)o)->step); }

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
    if (it->bnext) {
        if (gp_int_sign(it->bleft) <= 0) return NULL;
        gp_obj *v = gp_incref(it->bnext);
        gp_obj *o1 = one();
        GP_SETREF(it->bleft, sub(it->bleft, o1));
        GP_SETREF(it->bnext, add(it->bnext, it->bstep));
        if (!it->bleft || !it->bnext) { gp_decref(v); return NULL; }
        return v;
    }
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
    .dealloc = rangeiter_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};
