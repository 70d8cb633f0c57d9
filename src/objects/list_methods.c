/*
 * list_methods.c — list's methods, including sort: a stable merge sort
 * (binary insertion sort on short runs, then bottom-up merging) with
 * key and reverse. While sorting, the list is emptied so that mutation
 * by a key function or __lt__ is detected, as CPython does.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"

void gp_list_clear(gp_obj *o);
int gp_list_insert(gp_obj *o, gp_ssize i, gp_obj *v);
gp_obj *gp_list_reversed(gp_obj *o);

/* ---- sort ----------------------------------------------------------------------- */

typedef enum { CMP_GENERIC, CMP_INT, CMP_STR, CMP_FLOAT } cmp_kind;

typedef struct { gp_obj *key; gp_obj *value; } sort_item;

/* a < b: 1, 0, or -1 on error */
static int item_lt(cmp_kind k, gp_obj *a, gp_obj *b)
{
    switch (k) {
    case CMP_INT: return ((gp_int *)a)->small < ((gp_int *)b)->small;
    case CMP_FLOAT: return GP_FLOAT_VALUE(a) < GP_FLOAT_VALUE(b);
    case CMP_STR: {
        gp_ssize na = GP_STR_NBYTES(a), nb = GP_STR_NBYTES(b);
        int c = memcmp(GP_STR_DATA(a), GP_STR_DATA(b), (size_t)(na < nb ? na : nb));
        return c < 0 || (c == 0 && na < nb);
    }
    default: return gp_richcompare_bool(a, b, GP_LT);
    }
}

static int insertion_sort(cmp_kind k, sort_item *v, gp_ssize lo, gp_ssize hi)
{
    for (gp_ssize i = lo + 1; i < hi; i++) {
        sort_item x = v[i];
        gp_ssize l = lo, r = i;
        while (l < r) { /* first position whose key is > x (keeps stability) */
            gp_ssize m = l + (r - l) / 2;
            int lt = item_lt(k, x.key, v[m].key);
            if (lt < 0) return -1;
            if (lt) r = m;
            else l = m + 1;
        }
        memmove(v + l + 1, v + l, sizeof(sort_item) * (size_t)(i - l));
        v[l] = x;
    }
    return 0;
}

static int merge(cmp_kind k, sort_item *v, sort_item *tmp, gp_ssize lo, gp_ssize mid, gp_ssize hi)
{
    /* Already in order: nothing to do (common for presorted input). */
    int lt = item_lt(k, v[mid].key, v[mid - 1].key);
    if (lt <= 0) return lt;
    memcpy(tmp, v + lo, sizeof(sort_item) * (size_t)(mid - lo));
    gp_ssize i = 0, n1 = mid - lo, j = mid, o = lo;
    while (i < n1 && j < hi) {
        lt = item_lt(k, v[j].key, tmp[i].key);
        if (lt < 0) {
            while (i < n1) v[o++] = tmp[i++];
            return -1;
        }
        v[o++] = lt ? v[j++] : tmp[i++];
    }
    while (i < n1) v[o++] = tmp[i++];
    return 0;
}

static int merge_sort(cmp_kind k, sort_item *v, gp_ssize n)
{
    const gp_ssize RUN = 32;
    for (gp_ssize lo = 0; lo < n; lo += RUN)
        if (insertion_sort(k, v, lo, lo + RUN < n ? lo + RUN : n) < 0) return -1;
    if (n <= RUN) return 0;
    sort_item *tmp = malloc(sizeof(sort_item) * (size_t)n);
    if (!tmp) { gp_err_nomemory(); return -1; }
    for (gp_ssize w = RUN; w < n; w *= 2) {
        for (gp_ssize lo = 0; lo + w < n; lo += 2 * w) {
            gp_ssize hi = lo + 2 * w < n ? lo + 2 * w : n;
            if (merge(k, v, tmp, lo, lo + w, hi) < 0) { free(tmp); return -1; }
        }
    }
    free(tmp);
    return 0;
}

static cmp_kind choose_kind(sort_item *v, gp_ssize n)
{
    if (n == 0) return CMP_GENERIC;
    gp_type *t = GP_TYPE(v[0].key);
    for (gp_ssize i = 0; i < n; i++)
        if (GP_TYPE(v[i].key) != t) return CMP_GENERIC;
    if (t == &gp_str_type) return CMP_STR;
    if (t == &gp_float_type) {
        for (gp_ssize i = 0; i < n; i++)
            if (GP_FLOAT_VALUE(v[i].key) != GP_FLOAT_VALUE(v[i].key)) return CMP_GENERIC; /* nan */
        return CMP_FLOAT;
    }
    if (t == &gp_int_type) {
        for (gp_ssize i = 0; i < n; i++)
            if (!GP_INT_IS_SMALL(v[i].key)) return CMP_GENERIC;
        return CMP_INT;
    }
    return CMP_GENERIC;
}

static void reverse_items(sort_item *v, gp_ssize n)
{
    for (gp_ssize i = 0, j = n - 1; i < j; i++, j--) { sort_item t = v[i]; v[i] = v[j]; v[j] = t; }
}

int gp_list_sort(gp_obj *o, gp_obj *key, bool reverse)
{
    gp_list *l = (gp_list *)o;
    gp_ssize n = l->size;
    gp_obj **items = l->items;
    l->items = NULL; /* detach: mutation during the sort is detected below */
    l->size = l->cap = 0;
    sort_item *v = calloc((size_t)(n ? n : 1), sizeof(sort_item));
    int r = v ? 0 : -1;
    if (!v) gp_err_nomemory();
    gp_ssize nkeys = 0;
    for (gp_ssize i = 0; r == 0 && i < n; i++, nkeys++) {
        v[i].value = items[i];
        v[i].key = key ? gp_call1(key, items[i]) : items[i];
        if (!v[i].key) r = -1;
    }
    if (r == 0) {
        if (reverse) reverse_items(v, n);
        r = merge_sort(choose_kind(v, n), v, n);
        if (reverse) reverse_items(v, n);
        if (r == 0)
            for (gp_ssize i = 0; i < n; i++) items[i] = v[i].value;
    }
    if (key)
        for (gp_ssize i = 0; i < nkeys && v; i++) gp_xdecref(v[i].key);
    free(v);
    bool modified = l->items != NULL || l->size != 0;
    gp_list_clear(o);
    l->items = items;
    l->size = l->cap = n;
    if (modified && r == 0) {
        gp_err_set_str(gp_exc_ValueError, "list modified during sort");
        return -1;
    }
    return r;
}

static gp_obj *list_sort_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"key", "reverse", NULL};
    gp_obj *a[2];
    if (nargs) return gp_err_set_str(gp_exc_TypeError, "sort() takes no positional arguments");
    if (gp_parse_args("sort", args, nargs, kw, names, 0, 0, a) < 0) return NULL;
    int rev = 0;
    if (a[1] && (rev = gp_truthy(a[1])) < 0) return NULL;
    gp_obj *key = a[0] == gp_None ? NULL : a[0];
    if (gp_list_sort(self, key, rev) < 0) return NULL;
    return GP_NONE_NEW();
}

/* ---- the other methods -------------------------------------------------------------------- */

static gp_obj *list_append_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (GP_UNLIKELY(nargs != 1 || kw) && gp_check_nargs("list.append", nargs, kw, 1, 1) < 0) return NULL;
    if (gp_list_append(self, args[0]) < 0) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *list_extend_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("list.extend", nargs, kw, 1, 1) < 0) return NULL;
    if (gp_list_extend(self, args[0]) < 0) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *list_insert_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("insert", nargs, kw, 2, 2) < 0) return NULL;
    gp_ssize i = gp_index_ssize(args[0]);
    if (i == -1 && gp_err_occurred()) return NULL;
    if (gp_list_insert(self, i, args[1]) < 0) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *list_pop_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("pop", nargs, kw, 0, 1) < 0) return NULL;
    gp_list *l = (gp_list *)self;
    if (l->size == 0) return gp_err_set_str(gp_exc_IndexError, "pop from empty list");
    gp_ssize i = l->size - 1;
    if (nargs) {
        i = gp_index_ssize(args[0]);
        if (i == -1 && gp_err_occurred()) return NULL;
        if (i < 0) i += l->size;
        if (i < 0 || i >= l->size) return gp_err_set_str(gp_exc_IndexError, "pop index out of range");
    }
    gp_obj *v = l->items[i];
    memmove(l->items + i, l->items + i + 1, sizeof(gp_obj *) * (size_t)(l->size - i - 1));
    l->size--;
    return v;
}

static gp_ssize find_item(gp_obj *self, gp_obj *x, gp_ssize start, gp_ssize stop)
{
    for (gp_ssize i = start; i < stop && i < GP_LIST_SIZE(self); i++) {
        gp_obj *item = gp_incref(GP_LIST_ITEMS(self)[i]);
        int r = gp_richcompare_bool(item, x, GP_EQ);
        gp_decref(item);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

static gp_obj *list_remove_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("list.remove", nargs, kw, 1, 1) < 0) return NULL;
    gp_ssize i = find_item(self, args[0], 0, GP_LIST_SIZE(self));
    if (i == -2) return NULL;
    if (i < 0) return gp_err_set_str(gp_exc_ValueError, "list.remove(x): x not in list");
    gp_list *l = (gp_list *)self;
    gp_obj *v = l->items[i];
    memmove(l->items + i, l->items + i + 1, sizeof(gp_obj *) * (size_t)(l->size - i - 1));
    l->size--;
    gp_decref(v);
    return GP_NONE_NEW();
}

/* start/stop arguments of index(): clamped like slice bounds. */
int gp_seq_index_bounds(gp_obj *const *args, size_t nargs, gp_ssize n, gp_ssize *start, gp_ssize *stop)
{
    *start = 0;
    *stop = n;
    for (size_t k = 1; k < nargs && k < 3; k++) {
        gp_ssize v = gp_index_ssize(args[k]);
        if (v == -1 && gp_err_occurred()) return -1;
        if (v < 0) { v += n; if (v < 0) v = 0; }
        if (k == 1) *start = v;
        else *stop = v;
    }
    return 0;
}

static gp_obj *list_index_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("index", nargs, kw, 1, 3) < 0) return NULL;
    gp_ssize start, stop;
    if (gp_seq_index_bounds(args, nargs, GP_LIST_SIZE(self), &start, &stop) < 0) return NULL;
    gp_ssize i = find_item(self, args[0], start, stop);
    if (i == -2) return NULL;
    if (i < 0) return gp_err_format(gp_exc_ValueError, "%R is not in list", args[0]);
    return gp_int_from_i64(i);
}

static gp_obj *list_count_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("list.count", nargs, kw, 1, 1) < 0) return NULL;
    gp_ssize c = 0;
    for (gp_ssize i = 0; i < GP_LIST_SIZE(self); i++) {
        gp_obj *item = gp_incref(GP_LIST_ITEMS(self)[i]);
        int r = gp_richcompare_bool(item, args[0], GP_EQ);
        gp_decref(item);
        if (r < 0) return NULL;
        c += r;
    }
    return gp_int_from_i64(c);
}

static gp_obj *list_clear_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("clear", nargs, kw, 0, 0) < 0) return NULL;
    gp_list_clear(self);
    return GP_NONE_NEW();
}

static gp_obj *list_copy_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("copy", nargs, kw, 0, 0) < 0) return NULL;
    gp_obj *r = gp_list_new(GP_LIST_SIZE(self));
    if (!r) return NULL;
    for (gp_ssize i = 0; i < GP_LIST_SIZE(self); i++) GP_LIST_ITEMS(r)[i] = gp_incref(GP_LIST_ITEMS(self)[i]);
    return r;
}

static gp_obj *list_reverse_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("reverse", nargs, kw, 0, 0) < 0) return NULL;
    gp_obj **v = GP_LIST_ITEMS(self);
    for (gp_ssize i = 0, j = GP_LIST_SIZE(self) - 1; i < j; i++, j--) { gp_obj *t = v[i]; v[i] = v[j]; v[j] = t; }
    return GP_NONE_NEW();
}

static gp_obj *list_reversed_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_list_reversed(self);
}

const gp_methoddef gp_list_methods[] = {
    {"append", list_append_m, 0, NULL},
    {"extend", list_extend_m, 0, NULL},
    {"insert", list_insert_m, 0, NULL},
    {"pop", list_pop_m, 0, NULL},
    {"remove", list_remove_m, 0, NULL},
    {"index", list_index_m, 0, NULL},
    {"count", list_count_m, 0, NULL},
    {"clear", list_clear_m, 0, NULL},
    {"copy", list_copy_m, 0, NULL},
    {"reverse", list_reverse_m, 0, NULL},
    {"sort", list_sort_m, 0, NULL},
    {"__reversed__", list_reversed_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
