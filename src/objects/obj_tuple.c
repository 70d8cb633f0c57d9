/*
 * obj_tuple.c — tuple: a fixed array of references. Small tuples come
 * from per-size free lists; the empty tuple is a single immortal object.
 * The hash is CPython's xxHash-based one, so sets of tuples iterate in
 * CPython's order.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "state.h"

#define FREE_SIZES 9
#define FREE_MAX 200
static gp_tuple *free_lists[FREE_SIZES];
static int free_counts[FREE_SIZES];
/* tuples carry a gc head (gc.h); the static empty tuple's stays untracked */
static struct empty_tuple_storage { gp_gc_head head; gp_tuple t; } empty_storage = {{.next = NULL}, {GP_STATIC_HEAD(&gp_tuple_type), 0, -1}};
_Static_assert(offsetof(struct empty_tuple_storage, t) == sizeof(gp_gc_head), "gc head right before the tuple");
#define empty_tuple (empty_storage.t)

gp_obj *gp_tuple_empty(void) { return (gp_obj *)&empty_tuple; }

gp_obj *gp_tuple_new(gp_ssize n)
{
    if (n == 0) return gp_incref((gp_obj *)&empty_tuple);
    gp_tuple *t;
    if (n < FREE_SIZES && (t = free_lists[n]) != NULL) {
        free_lists[n] = (gp_tuple *)(void *)t->items[0];
        free_counts[n]--;
        t->base.refcnt = 1;
        t->base.type = &gp_tuple_type;
        memset(t->items, 0, sizeof(gp_obj *) * (size_t)n);
        gp_gc_track((gp_obj *)t);
    } else {
        if (n < 0 || (size_t)n > ((size_t)1 << 58)) return gp_err_nomemory();
        t = (gp_tuple *)gp_obj_alloc_size(&gp_tuple_type, sizeof(gp_tuple) + sizeof(gp_obj *) * (size_t)n);
        if (!t) return NULL;
    }
    t->size = n;
    t->hash = -1;
    return (gp_obj *)t;
}

gp_obj *gp_tuple_pack(gp_ssize n, ...)
{
    gp_obj *t = gp_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *o = va_arg(ap, gp_obj *);
        if (t) GP_TUPLE_ITEMS(t)[i] = gp_incref(o);
    }
    va_end(ap);
    return t;
}

gp_obj *gp_tuple_from_array(gp_obj *const *items, gp_ssize n)
{
    gp_obj *t = gp_tuple_new(n);
    if (!t) return NULL;
    for (gp_ssize i = 0; i < n; i++) GP_TUPLE_ITEMS(t)[i] = gp_incref(items[i]);
    return t;
}

static void tuple_dealloc(gp_obj *o)
{
    gp_tuple *t = (gp_tuple *)o;
    gp_ssize n = t->size;
    for (gp_ssize i = 0; i < n; i++) gp_xdecref(t->items[i]);
    if (GP_TYPE(o) == &gp_tuple_type && n > 0 && n < FREE_SIZES && free_counts[n] < FREE_MAX) {
        t->items[0] = (gp_obj *)(void *)free_lists[n];
        free_lists[n] = t;
        free_counts[n]++;
        return;
    }
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): the items tuple_dealloc drops. No
 * clear: a tuple cannot close a cycle by itself, the mutable objects in
 * the cycle are cleared instead (CPython's choice too). */
static void tuple_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_gc_visit_array(((gp_tuple *)o)->items, ((gp_tuple *)o)->size, visit, arg);
}

/* ---- repr / compare / hash ----------------------------------------------------------- */

gp_obj *gp_list_repr_items(gp_obj *const *items, gp_ssize n, const char *open, const char *close)
{
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_addc(&b, open);
    for (gp_ssize i = 0; i < n && !b.failed; i++) {
        if (i) gp_strbuf_add(&b, ", ", 2);
        gp_strbuf_addobj_repr(&b, items[i]);
    }
    gp_strbuf_addc(&b, close);
    return gp_strbuf_finish(&b);
}

static gp_obj *tuple_repr(gp_obj *o)
{
    gp_tuple *t = (gp_tuple *)o;
    if (t->size == 0) return gp_str_new("()", 2);
    int r = gp_repr_enter(o);
    if (r) return r < 0 ? NULL : gp_str_new("(...)", 5);
    gp_obj *s = gp_list_repr_items(t->items, t->size, "(", t->size == 1 ? ",)" : ")");
    gp_repr_leave(o);
    return s;
}

static gp_obj *seq_richcompare(gp_obj *const *a, gp_ssize na, gp_obj *const *b, gp_ssize nb, int op);

/* Nested containers compare recursively in C: bounded like CPython. */
gp_obj *gp_seq_richcompare(gp_obj *const *a, gp_ssize na, gp_obj *const *b, gp_ssize nb, int op)
{
    if (gp_recursion_enter(" in comparison") < 0) return NULL;
    gp_obj *r = seq_richcompare(a, na, b, nb, op);
    gp_recursion_leave();
    return r;
}

static gp_obj *seq_richcompare(gp_obj *const *a, gp_ssize na, gp_obj *const *b, gp_ssize nb, int op)
{
    if ((op == GP_EQ || op == GP_NE) && na != nb) return gp_bool_new(op == GP_NE);
    gp_ssize i = 0;
    for (; i < na && i < nb; i++) {
        int eq = gp_richcompare_bool(a[i], b[i], GP_EQ);
        if (eq < 0) return NULL;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case GP_LT: r = na < nb; break;
        case GP_LE: r = na <= nb; break;
        case GP_EQ: r = na == nb; break;
        case GP_NE: r = na != nb; break;
        case GP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return gp_bool_new(r);
    }
    if (op == GP_EQ) return gp_bool_new(false);
    if (op == GP_NE) return gp_bool_new(true);
    return gp_richcompare(a[i], b[i], op);
}

static gp_obj *tuple_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!GP_TUPLE_CHECK(a) || !GP_TUPLE_CHECK(b)) return GP_NOTIMPLEMENTED;
    return gp_seq_richcompare(GP_TUPLE_ITEMS(a), GP_TUPLE_SIZE(a), GP_TUPLE_ITEMS(b), GP_TUPLE_SIZE(b), op);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static gp_hash tuple_hash(gp_obj *o)
{
    gp_tuple *t = (gp_tuple *)o;
    if (t->hash != -1) return t->hash;
    uint64_t acc = XXPRIME_5;
    if (gp_recursion_enter(NULL) < 0) return -1;
    for (gp_ssize i = 0; i < t->size; i++) {
        gp_hash lane = gp_hash_of(t->items[i]);
        if (lane == -1) { gp_recursion_leave(); return -1; }
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    gp_recursion_leave();
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539UL);
    gp_hash h = acc == (uint64_t)-1 ? 1546275796 : (gp_hash)acc;
    t->hash = h;
    return h;
}

/* ---- sequence protocol ------------------------------------------------------------------------ */

static gp_ssize tuple_len(gp_obj *o) { return GP_TUPLE_SIZE(o); }

static gp_obj *tuple_getitem(gp_obj *o, gp_obj *key)
{
    gp_ssize n = GP_TUPLE_SIZE(o);
    if (GP_INT_CHECK(key) && GP_INT_IS_SMALL(key)) {
        gp_ssize i = (gp_ssize)((gp_int *)key)->small;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return gp_err_set_str(gp_exc_IndexError, "tuple index out of range");
        return gp_incref(GP_TUPLE_GET(o, i));
    }
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize start, stop, step, len;
        if (gp_slice_indices(key, n, &start, &stop, &step, &len) < 0) return NULL;
        if (step == 1 && len == n && GP_TYPE(o) == &gp_tuple_type) return gp_incref(o);
        gp_obj *r = gp_tuple_new(len);
        if (!r) return NULL;
        for (gp_ssize k = 0, i = start; k < len; k++, i += step)
            GP_TUPLE_ITEMS(r)[k] = gp_incref(GP_TUPLE_GET(o, i));
        return r;
    }
    if (GP_INT_CHECK(key) || GP_TYPE(key)->nb_index) {
        gp_ssize i = gp_index_ssize(key);
        if (i == -1 && gp_err_occurred()) {
            if (gp_err_matches(gp_exc_OverflowError)) {
                gp_err_clear();
                return gp_err_format(gp_exc_IndexError, "cannot fit '%T' into an index-sized integer", key);
            }
            return NULL;
        }
        if (i < 0) i += n;
        if (i < 0 || i >= n) return gp_err_set_str(gp_exc_IndexError, "tuple index out of range");
        return gp_incref(GP_TUPLE_GET(o, i));
    }
    return gp_err_format(gp_exc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

static int tuple_contains(gp_obj *o, gp_obj *x)
{
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(o); i++) {
        int r = gp_richcompare_bool(GP_TUPLE_GET(o, i), x, GP_EQ);
        if (r) return r;
    }
    return 0;
}

static gp_obj *tuple_add(gp_obj *a, gp_obj *b)
{
    if (!GP_TUPLE_CHECK(a) || !GP_TUPLE_CHECK(b)) return GP_NOTIMPLEMENTED;
    gp_ssize na = GP_TUPLE_SIZE(a), nb = GP_TUPLE_SIZE(b);
    gp_obj *r = gp_tuple_new(na + nb);
    if (!r) return NULL;
    for (gp_ssize i = 0; i < na; i++) GP_TUPLE_ITEMS(r)[i] = gp_incref(GP_TUPLE_GET(a, i));
    for (gp_ssize i = 0; i < nb; i++) GP_TUPLE_ITEMS(r)[na + i] = gp_incref(GP_TUPLE_GET(b, i));
    return r;
}

int gp_seq_repeat_args(gp_obj *a, gp_obj *b, gp_type *seqtype, gp_obj **seq, gp_ssize *count);

static gp_obj *tuple_mul(gp_obj *a, gp_obj *b)
{
    gp_obj *t;
    gp_ssize n;
    int r = gp_seq_repeat_args(a, b, &gp_tuple_type, &t, &n);
    if (r <= 0) return r < 0 ? NULL : GP_NOTIMPLEMENTED;
    gp_ssize sz = GP_TUPLE_SIZE(t);
    if (n <= 0 || sz == 0) return gp_tuple_new(0);
    if (n == 1 && GP_TYPE(t) == &gp_tuple_type) return gp_incref(t);
    if (sz > ((gp_ssize)1 << 40) / n) return gp_err_nomemory();
    gp_obj *res = gp_tuple_new(sz * n);
    if (!res) return NULL;
    for (gp_ssize k = 0; k < n; k++)
        for (gp_ssize i = 0; i < sz; i++) GP_TUPLE_ITEMS(res)[k * sz + i] = gp_incref(GP_TUPLE_GET(t, i));
    return res;
}

/* ---- iterator --------------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *seq; gp_ssize i; } tuple_iter;

static void tupleiter_dealloc(gp_obj *o)
{
    gp_xdecref(((tuple_iter *)o)->seq);
    gp_obj_free(o);
}

static gp_obj *tupleiter_next(gp_obj *o)
{
    tuple_iter *it = (tuple_iter *)o;
    if (!it->seq) return NULL;
    if (it->i < GP_TUPLE_SIZE(it->seq)) return gp_incref(GP_TUPLE_GET(it->seq, it->i++));
    GP_CLEAR(it->seq);
    return NULL;
}

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

gp_type gp_tuple_iter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "tuple_iterator",
    .basicsize = sizeof(tuple_iter),
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
};

static gp_obj *tuple_iter_new(gp_obj *o)
{
    tuple_iter *it = (tuple_iter *)gp_obj_alloc(&gp_tuple_iter_type);
    if (!it) return NULL;
    it->seq = gp_incref(o);
    return (gp_obj *)it;
}

/* ---- methods ------------------------------------------------------------------------------------------ */

static gp_obj *tuple_count(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("tuple.count", nargs, kw, 1, 1) < 0) return NULL;
    gp_ssize c = 0;
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(self); i++) {
        int r = gp_richcompare_bool(GP_TUPLE_GET(self, i), args[0], GP_EQ);
        if (r < 0) return NULL;
        c += r;
    }
    return gp_int_from_i64(c);
}

int gp_seq_index_bounds(gp_obj *const *args, size_t nargs, gp_ssize n, gp_ssize *start, gp_ssize *stop);

static gp_obj *tuple_index(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("index", nargs, kw, 1, 3) < 0) return NULL;
    gp_ssize start, stop;
    if (gp_seq_index_bounds(args, nargs, GP_TUPLE_SIZE(self), &start, &stop) < 0) return NULL;
    for (gp_ssize i = start; i < stop && i < GP_TUPLE_SIZE(self); i++) {
        int r = gp_richcompare_bool(GP_TUPLE_GET(self, i), args[0], GP_EQ);
        if (r < 0) return NULL;
        if (r) return gp_int_from_i64(i);
    }
    return gp_err_set_str(gp_exc_ValueError, "tuple.index(x): x not in tuple");
}

static gp_obj *tuple_getnewargs(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *c = gp_tuple_from_array(GP_TUPLE_ITEMS(self), GP_TUPLE_SIZE(self));
    if (!c) return NULL;
    gp_obj *r = gp_tuple_pack(1, c);
    gp_decref(c);
    return r;
}

static const gp_methoddef tuple_methods[] = {
    {"count", tuple_count, 0, NULL},
    {"index", tuple_index, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static gp_obj *tuple_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "tuple() takes no keyword arguments");
    if (gp_check_nargs("tuple", nargs, NULL, 0, 1) < 0) return NULL;
    gp_obj *v = nargs ? gp_tuple_from_iterable(args[0]) : gp_tuple_new(0);
    if (!v || t == &gp_tuple_type) return v;
    gp_ssize n = GP_TUPLE_SIZE(v);
    gp_tuple *o = (gp_tuple *)gp_obj_alloc_size(t, t->basicsize + sizeof(gp_obj *) * (size_t)n);
    if (o) {
        o->size = n;
        o->hash = -1;
        for (gp_ssize i = 0; i < n; i++) o->items[i] = gp_incref(GP_TUPLE_GET(v, i));
    }
    gp_decref(v);
    return (gp_obj *)o;
}

gp_type gp_tuple_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "tuple",
    .basicsize = sizeof(gp_tuple),
    .flags = GP_TF_BASETYPE | GP_TF_TUPLE_SUB | GP_TF_GC,
    .gc_traverse = tuple_traverse,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter_new,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .nb = {[GP_OP_ADD] = tuple_add, [GP_OP_MUL] = tuple_mul},
    .tp_new = tuple_new,
    .methods = tuple_methods,
};
