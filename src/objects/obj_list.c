/*
 * obj_list.c — list: a growable array of references (over-allocated like
 * CPython's, so appends are amortised O(1)), with slice assignment and
 * deletion for any step, and a free list of list objects.
 * The stable merge sort is in list_sort.c.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"

#define FREE_MAX 80
static gp_list *free_list[FREE_MAX];
static int free_count;

gp_obj *gp_list_new(gp_ssize n)
{
    gp_list *l;
    if (free_count) {
        l = free_list[--free_count];
        l->base.refcnt = 1;
        l->base.type = &gp_list_type;
    } else {
        l = (gp_list *)gp_obj_alloc(&gp_list_type);
        if (!l) return NULL;
    }
    l->size = n;
    l->cap = n;
    l->items = NULL;
    if (n > 0) {
        l->items = calloc((size_t)n, sizeof(gp_obj *));
        if (!l->items) { l->size = l->cap = 0; gp_decref((gp_obj *)l); return gp_err_nomemory(); }
    }
    gp_gc_track((gp_obj *)l);
    return (gp_obj *)l;
}

static void list_clear_items(gp_list *l)
{
    gp_obj **items = l->items;
    gp_ssize n = l->size;
    l->items = NULL;
    l->size = l->cap = 0;
    for (gp_ssize i = 0; i < n; i++) gp_xdecref(items[i]);
    free(items);
}

static void list_dealloc(gp_obj *o)
{
    gp_list *l = (gp_list *)o;
    list_clear_items(l);
    if (GP_TYPE(o) == &gp_list_type && free_count < FREE_MAX) {
        free_list[free_count++] = l;
        return;
    }
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): the items list_dealloc drops. */
static void list_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_gc_visit_array(((gp_list *)o)->items, ((gp_list *)o)->size, visit, arg);
}

static void list_gc_clear(gp_obj *o) { list_clear_items((gp_list *)o); }

/* Makes room for n items (size unchanged). */
static int list_reserve(gp_list *l, gp_ssize n)
{
    if (n <= l->cap) return 0;
    gp_ssize ncap = n + (n >> 3) + (n < 9 ? 3 : 6);
    if ((size_t)ncap > ((size_t)1 << 58)) { gp_err_nomemory(); return -1; }
    gp_obj **ni = realloc(l->items, sizeof(gp_obj *) * (size_t)ncap);
    if (!ni) { gp_err_nomemory(); return -1; }
    l->items = ni;
    l->cap = ncap;
    return 0;
}

int gp_list_append(gp_obj *o, gp_obj *v)
{
    gp_list *l = (gp_list *)o;
    if (GP_UNLIKELY(l->size >= l->cap) && list_reserve(l, l->size + 1) < 0) return -1;
    l->items[l->size++] = gp_incref(v);
    return 0;
}

int gp_list_extend(gp_obj *o, gp_obj *iterable)
{
    gp_list *l = (gp_list *)o;
    if (GP_LIST_CHECK(iterable) || GP_TUPLE_CHECK(iterable)) {
        gp_obj *const *src = GP_LIST_CHECK(iterable) ? GP_LIST_ITEMS(iterable) : GP_TUPLE_ITEMS(iterable);
        gp_ssize n = GP_LIST_CHECK(iterable) ? GP_LIST_SIZE(iterable) : GP_TUPLE_SIZE(iterable);
        if (list_reserve(l, l->size + n) < 0) return -1;
        src = GP_LIST_CHECK(iterable) ? GP_LIST_ITEMS(iterable) : src; /* self-extend: items moved */
        for (gp_ssize i = 0; i < n; i++) l->items[l->size + i] = gp_incref(src[i]);
        l->size += n;
        return 0;
    }
    if (GP_TYPE(iterable) == &gp_range_type) {
        /* its length is known: list(range(2**61)) fails at once with
         * MemoryError, as CPython, instead of filling memory item by item */
        gp_ssize n = gp_len(iterable);
        if (n < 0 || list_reserve(l, l->size + n) < 0) return -1;
    }
    gp_obj *it = gp_iter(iterable);
    if (!it) return -1;
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        int r = gp_list_append(o, x);
        gp_decref(x);
        if (r < 0) { gp_decref(it); return -1; }
    }
    gp_decref(it);
    return gp_err_occurred() ? -1 : 0;
}

gp_obj *gp_list_as_tuple(gp_obj *l) { return gp_tuple_from_array(GP_LIST_ITEMS(l), GP_LIST_SIZE(l)); }

/* ---- repr / compare ------------------------------------------------------------------------ */

static gp_obj *list_repr(gp_obj *o)
{
    if (GP_LIST_SIZE(o) == 0) return gp_str_new("[]", 2);
    int r = gp_repr_enter(o);
    if (r) return r < 0 ? NULL : gp_str_new("[...]", 5);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_add(&b, "[", 1);
    for (gp_ssize i = 0; i < GP_LIST_SIZE(o) && !b.failed; i++) {
        if (i) gp_strbuf_add(&b, ", ", 2);
        gp_obj *item = gp_incref(GP_LIST_ITEMS(o)[i]);
        gp_strbuf_addobj_repr(&b, item);
        gp_decref(item);
    }
    gp_strbuf_add(&b, "]", 1);
    gp_repr_leave(o);
    return gp_strbuf_finish(&b);
}

static gp_obj *list_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!GP_LIST_CHECK(a) || !GP_LIST_CHECK(b)) return GP_NOTIMPLEMENTED;
    /* Hold both arrays' items alive: comparisons may run Python code. */
    gp_obj *ta = gp_list_as_tuple(a);
    if (!ta) return NULL;
    gp_obj *tb = gp_list_as_tuple(b);
    if (!tb) { gp_decref(ta); return NULL; }
    gp_obj *r = gp_seq_richcompare(GP_TUPLE_ITEMS(ta), GP_TUPLE_SIZE(ta), GP_TUPLE_ITEMS(tb), GP_TUPLE_SIZE(tb), op);
    gp_decref(ta);
    gp_decref(tb);
    return r;
}

/* ---- indexing ------------------------------------------------------------------------------- */

static gp_ssize list_len(gp_obj *o) { return GP_LIST_SIZE(o); }

static int index_of(gp_obj *key, gp_ssize n, gp_ssize *out, const char *msg)
{
    gp_ssize i;
    if (GP_INT_CHECK(key) && GP_INT_IS_SMALL(key)) {
        i = (gp_ssize)((gp_int *)key)->small;
    } else {
        i = gp_index_ssize(key);
        if (i == -1 && gp_err_occurred()) {
            if (gp_err_matches(gp_exc_OverflowError)) {
                gp_err_clear();
                gp_err_format(gp_exc_IndexError, "cannot fit '%T' into an index-sized integer", key);
            }
            return -1;
        }
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) { gp_err_set_str(gp_exc_IndexError, msg); return -1; }
    *out = i;
    return 0;
}

static bool is_index(gp_obj *key)
{
    return GP_INT_CHECK(key) || (GP_TYPE(key)->nb_index && GP_TYPE(key) != &gp_float_type);
}

static gp_obj *list_getitem(gp_obj *o, gp_obj *key)
{
    gp_list *l = (gp_list *)o;
    if (GP_LIKELY(GP_INT_CHECK(key) && GP_INT_IS_SMALL(key))) {
        int64_t i = ((gp_int *)key)->small;
        if (i < 0) i += l->size;
        if ((uint64_t)i < (uint64_t)l->size) return gp_incref(l->items[i]);
        return gp_err_set_str(gp_exc_IndexError, "list index out of range");
    }
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize start, stop, step, len;
        if (gp_slice_indices(key, l->size, &start, &stop, &step, &len) < 0) return NULL;
        gp_obj *r = gp_list_new(len);
        if (!r) return NULL;
        for (gp_ssize k = 0, i = start; k < len; k++, i += step) GP_LIST_ITEMS(r)[k] = gp_incref(l->items[i]);
        return r;
    }
    if (is_index(key)) {
        gp_ssize i;
        if (index_of(key, l->size, &i, "list index out of range") < 0) return NULL;
        return gp_incref(l->items[i]);
    }
    return gp_err_format(gp_exc_TypeError, "list indices must be integers or slices, not %T", key);
}

/* Replaces items [lo, hi) with the n items of src (step 1 slices). */
static int list_replace_range(gp_list *l, gp_ssize lo, gp_ssize hi, gp_obj *const *src, gp_ssize n)
{
    gp_ssize old = hi - lo, delta = n - old;
    gp_obj **removed = NULL;
    if (old > 0) {
        removed = malloc(sizeof(gp_obj *) * (size_t)old);
        if (!removed) { gp_err_nomemory(); return -1; }
        memcpy(removed, l->items + lo, sizeof(gp_obj *) * (size_t)old);
    }
    if (delta > 0 && list_reserve(l, l->size + delta) < 0) { free(removed); return -1; }
    memmove(l->items + hi + delta, l->items + hi, sizeof(gp_obj *) * (size_t)(l->size - hi));
    for (gp_ssize i = 0; i < n; i++) l->items[lo + i] = gp_incref(src[i]);
    l->size += delta;
    for (gp_ssize i = 0; i < old; i++) gp_decref(removed[i]);
    free(removed);
    return 0;
}

static int list_del_slice(gp_list *l, gp_ssize start, gp_ssize step, gp_ssize len)
{
    if (step < 0) { start = start + step * (len - 1); step = -step; }
    gp_obj **removed = malloc(sizeof(gp_obj *) * (size_t)(len ? len : 1));
    if (!removed) { gp_err_nomemory(); return -1; }
    gp_ssize w = start, k = 0;
    for (gp_ssize i = start; i < l->size; i++) {
        if (k < len && i == start + k * step) { removed[k++] = l->items[i]; continue; }
        l->items[w++] = l->items[i];
    }
    l->size = w;
    for (gp_ssize i = 0; i < k; i++) gp_decref(removed[i]);
    free(removed);
    return 0;
}

static int list_set_slice(gp_list *l, gp_obj *slice, gp_obj *v)
{
    gp_ssize start, stop, step, len;
    if (gp_slice_indices(slice, l->size, &start, &stop, &step, &len) < 0) return -1;
    if (!v) return len ? list_del_slice(l, start, step, len) : 0;
    gp_obj *seq = gp_tuple_from_iterable(v);
    if (!seq) {
        if (gp_err_matches(gp_exc_TypeError) && !GP_TYPE(v)->iter) {
            gp_err_clear();
            gp_err_set_str(gp_exc_TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        return -1;
    }
    gp_ssize n = GP_TUPLE_SIZE(seq);
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        r = list_replace_range(l, start, start + len, GP_TUPLE_ITEMS(seq), n);
    } else if (n != len) {
        gp_err_format(gp_exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd", n, len);
        r = -1;
    } else {
        for (gp_ssize k = 0, i = start; k < len; k++, i += step)
            GP_SETREF(l->items[i], gp_incref(GP_TUPLE_GET(seq, k)));
    }
    gp_decref(seq);
    return r;
}

static int list_setitem(gp_obj *o, gp_obj *key, gp_obj *v)
{
    gp_list *l = (gp_list *)o;
    if (GP_TYPE(key) == &gp_slice_type) return list_set_slice(l, key, v);
    if (!is_index(key)) {
        gp_err_format(gp_exc_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    gp_ssize i;
    if (index_of(key, l->size, &i, "list assignment index out of range") < 0) return -1;
    if (v) {
        GP_SETREF(l->items[i], gp_incref(v));
        return 0;
    }
    gp_obj *old = l->items[i];
    memmove(l->items + i, l->items + i + 1, sizeof(gp_obj *) * (size_t)(l->size - i - 1));
    l->size--;
    gp_decref(old);
    return 0;
}

static int list_contains(gp_obj *o, gp_obj *x)
{
    for (gp_ssize i = 0; i < GP_LIST_SIZE(o); i++) {
        gp_obj *item = gp_incref(GP_LIST_ITEMS(o)[i]);
        int r = gp_richcompare_bool(item, x, GP_EQ);
        gp_decref(item);
        if (r) return r;
    }
    return 0;
}

/* ---- operators ----------------------------------------------------------------------------------- */

static gp_obj *list_add(gp_obj *a, gp_obj *b)
{
    if (!GP_LIST_CHECK(a) || !GP_LIST_CHECK(b)) return GP_NOTIMPLEMENTED;
    gp_ssize na = GP_LIST_SIZE(a), nb = GP_LIST_SIZE(b);
    gp_obj *r = gp_list_new(na + nb);
    if (!r) return NULL;
    for (gp_ssize i = 0; i < na; i++) GP_LIST_ITEMS(r)[i] = gp_incref(GP_LIST_ITEMS(a)[i]);
    for (gp_ssize i = 0; i < nb; i++) GP_LIST_ITEMS(r)[na + i] = gp_incref(GP_LIST_ITEMS(b)[i]);
    return r;
}

static gp_obj *list_iadd(gp_obj *a, gp_obj *b)
{
    if (gp_list_extend(a, b) < 0) return NULL;
    return gp_incref(a);
}

int gp_seq_repeat_args(gp_obj *a, gp_obj *b, gp_type *seqtype, gp_obj **seq, gp_ssize *count);

static gp_obj *list_mul(gp_obj *a, gp_obj *b)
{
    gp_obj *l;
    gp_ssize n;
    int r = gp_seq_repeat_args(a, b, &gp_list_type, &l, &n);
    if (r <= 0) return r < 0 ? NULL : GP_NOTIMPLEMENTED;
    gp_ssize sz = GP_LIST_SIZE(l);
    if (n <= 0 || sz == 0) return gp_list_new(0);
    if (sz > ((gp_ssize)1 << 40) / n) return gp_err_nomemory();
    gp_obj *res = gp_list_new(sz * n);
    if (!res) return NULL;
    for (gp_ssize k = 0; k < n; k++)
        for (gp_ssize i = 0; i < sz; i++) GP_LIST_ITEMS(res)[k * sz + i] = gp_incref(GP_LIST_ITEMS(l)[i]);
    return res;
}

static gp_obj *list_imul(gp_obj *a, gp_obj *b)
{
    gp_obj *l;
    gp_ssize n;
    int r = gp_seq_repeat_args(a, b, &gp_list_type, &l, &n);
    if (r <= 0) return r < 0 ? NULL : GP_NOTIMPLEMENTED;
    gp_list *ls = (gp_list *)a;
    gp_ssize sz = ls->size;
    if (n <= 0) { list_clear_items(ls); return gp_incref(a); }
    if (sz && sz > ((gp_ssize)1 << 40) / n) return gp_err_nomemory();
    if (list_reserve(ls, sz * n) < 0) return NULL;
    for (gp_ssize k = 1; k < n; k++)
        for (gp_ssize i = 0; i < sz; i++) ls->items[k * sz + i] = gp_incref(ls->items[i]);
    ls->size = sz * n;
    return gp_incref(a);
}

/* ---- iterators -------------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *seq; gp_ssize i; } list_iter;

static void listiter_dealloc(gp_obj *o)
{
    gp_xdecref(((list_iter *)o)->seq);
    gp_obj_free(o);
}

static gp_obj *listiter_next(gp_obj *o)
{
    list_iter *it = (list_iter *)o;
    if (!it->seq) return NULL;
    if (it->i < GP_LIST_SIZE(it->seq)) return gp_incref(GP_LIST_ITEMS(it->seq)[it->i++]);
    GP_CLEAR(it->seq);
    return NULL;
}

static gp_obj *listrev_next(gp_obj *o)
{
    list_iter *it = (list_iter *)o;
    if (!it->seq) return NULL;
    if (it->i >= 0 && it->i < GP_LIST_SIZE(it->seq)) return gp_incref(GP_LIST_ITEMS(it->seq)[it->i--]);
    GP_CLEAR(it->seq);
    return NULL;
}

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

static gp_obj *listiter_length_hint(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    list_iter *it = (list_iter *)self;
    gp_ssize n = it->seq ? GP_LIST_SIZE(it->seq) - it->i : 0;
    return gp_int_from_i64(n < 0 ? 0 : n);
}

static const gp_methoddef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_list_iter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "list_iterator",
    .basicsize = sizeof(list_iter),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

gp_type gp_list_reviter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(list_iter),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listrev_next,
};

static gp_obj *list_iter_new(gp_obj *o)
{
    list_iter *it = (list_iter *)gp_obj_alloc(&gp_list_iter_type);
    if (!it) return NULL;
    it->seq = gp_incref(o);
    return (gp_obj *)it;
}

gp_obj *gp_list_reversed(gp_obj *o)
{
    list_iter *it = (list_iter *)gp_obj_alloc(&gp_list_reviter_type);
    if (!it) return NULL;
    it->seq = gp_incref(o);
    it->i = GP_LIST_SIZE(o) - 1;
    return (gp_obj *)it;
}

/* ---- construction -------------------------------------------------------------------------------------- */

static gp_obj *list_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (t == &gp_list_type) return gp_list_new(0);
    return gp_obj_alloc(t);
}

static int list_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) { gp_err_set_str(gp_exc_TypeError, "list() takes no keyword arguments"); return -1; }
    if (gp_check_nargs("list", nargs, NULL, 0, 1) < 0) return -1;
    list_clear_items((gp_list *)self);
    return nargs ? gp_list_extend(self, args[0]) : 0;
}

extern const gp_methoddef gp_list_methods[];

gp_type gp_list_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "list",
    .basicsize = sizeof(gp_list),
    .flags = GP_TF_BASETYPE | GP_TF_LIST_SUB | GP_TF_GC,
    .gc_traverse = list_traverse,
    .gc_clear = list_gc_clear,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter_new,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .nb = {[GP_OP_ADD] = list_add, [GP_OP_MUL] = list_mul},
    .nb_inplace = {[GP_OP_ADD] = list_iadd, [GP_OP_MUL] = list_imul},
    .tp_new = list_new,
    .tp_init = list_init,
    .methods = gp_list_methods,
};

/* Used by list.clear/__init__ in list_methods.c */
void gp_list_clear(gp_obj *o) { list_clear_items((gp_list *)o); }
int gp_list_insert(gp_obj *o, gp_ssize i, gp_obj *v)
{
    gp_list *l = (gp_list *)o;
    if (i < 0) { i += l->size; if (i < 0) i = 0; }
    if (i > l->size) i = l->size;
    if (list_reserve(l, l->size + 1) < 0) return -1;
    memmove(l->items + i + 1, l->items + i, sizeof(gp_obj *) * (size_t)(l->size - i));
    l->items[i] = gp_incref(v);
    l->size++;
    return 0;
}
