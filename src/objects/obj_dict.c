/*
 * obj_dict.c — dict: CPython 3.6's compact ordered layout. A sparse
 * index table (int32 slots: EMPTY, DUMMY or an entry number) over a
 * dense entry array in insertion order. Probing is CPython's
 * (i = i*5 + perturb + 1). String keys compare by pointer first, then
 * by cached hash and bytes. Every mutation bumps `version`.
 *
 * Methods and views are in dict_methods.c.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "dict_internal.h"
#include "state.h"

#define EMPTY (-1)
#define DUMMY (-2)
#define MINSIZE 8

static uint64_t version_counter;

#define FREE_MAX 80
static gp_dict *free_list[FREE_MAX];
static int free_count;

static dtable *table_new(gp_ssize size)
{
    gp_ssize usable = size * 2 / 3;
    dtable *t = malloc(sizeof(dtable) + sizeof(int32_t) * (size_t)size + sizeof(dentry) * (size_t)usable);
    if (!t) { gp_err_nomemory(); return NULL; }
    t->size = size;
    t->usable = usable;
    t->nentries = 0;
    t->entries = (dentry *)(void *)(t->indices + size);
    memset(t->indices, 0xff, sizeof(int32_t) * (size_t)size);
    return t;
}

gp_obj *gp_dict_new(void)
{
    gp_dict *d;
    if (free_count) {
        d = free_list[--free_count];
        d->base.refcnt = 1;
        d->base.type = &gp_dict_type;
    } else {
        d = (gp_dict *)gp_obj_alloc(&gp_dict_type);
        if (!d) return NULL;
    }
    d->used = 0;
    d->table = NULL;
    d->version = ++version_counter;
    gp_gc_track((gp_obj *)d);
    return (gp_obj *)d;
}

void gp_dict_clear_all(gp_obj *o)
{
    gp_dict *d = (gp_dict *)o;
    dtable *t = d->table;
    d->table = NULL;
    d->used = 0;
    d->version = ++version_counter;
    if (!t) return;
    for (gp_ssize i = 0; i < t->nentries; i++) {
        if (!t->entries[i].key) continue;
        gp_decref(t->entries[i].key);
        gp_decref(t->entries[i].value);
    }
    free(t);
}

static void dict_dealloc(gp_obj *o)
{
    gp_dict_clear_all(o);
    if (GP_TYPE(o) == &gp_dict_type && free_count < FREE_MAX) {
        free_list[free_count++] = (gp_dict *)o;
        return;
    }
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): the keys and values dict_dealloc drops. */
static void dict_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(o, &pos, &k, &v)) { visit(k, arg); visit(v, arg); }
}

/* ---- lookup ----------------------------------------------------------------------- */

static inline gp_hash key_hash(gp_obj *key)
{
    if (GP_STR_EXACT(key)) {
        gp_hash h = ((gp_strobj *)key)->hash;
        return h != -1 ? h : gp_str_hash(key);
    }
    return gp_hash_of(key);
}

/* Finds key: returns the entry index (>= 0), EMPTY when absent, or -3 on
 * error. *slot receives the index-table slot of the key, or of the
 * first free slot on its probe path. */
static gp_ssize lookup(gp_dict *d, gp_obj *key, gp_hash h, gp_ssize *slot)
{
restart:;
    dtable *t = d->table;
    size_t mask = (size_t)t->size - 1, i = (size_t)h & mask, perturb = (size_t)h;
    gp_ssize freeslot = -1;
    bool strkey = GP_STR_EXACT(key);
    for (;;) {
        int32_t ix = t->indices[i];
        if (ix == EMPTY) {
            *slot = freeslot >= 0 ? freeslot : (gp_ssize)i;
            return EMPTY;
        }
        if (ix == DUMMY) {
            if (freeslot < 0) freeslot = (gp_ssize)i;
        } else {
            dentry *e = &t->entries[ix];
            if (e->key == key) { *slot = (gp_ssize)i; return ix; }
            if (e->hash == h) {
                if (strkey && GP_STR_EXACT(e->key)) {
                    if (gp_str_eq(e->key, key)) { *slot = (gp_ssize)i; return ix; }
                } else {
                    gp_obj *sk = gp_incref(e->key);
                    int eq = gp_richcompare_bool(sk, key, GP_EQ);
                    gp_decref(sk);
                    if (eq < 0) return -3;
                    if (d->table != t || t->entries[ix].key != sk) goto restart;
                    if (eq) { *slot = (gp_ssize)i; return ix; }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

gp_obj *gp_dict_get_hashed(gp_obj *o, gp_obj *key, gp_hash h)
{
    gp_dict *d = (gp_dict *)o;
    if (!d->table) return NULL;
    gp_ssize slot, ix = lookup(d, key, h, &slot);
    return ix >= 0 ? ((dtable *)d->table)->entries[ix].value : NULL;
}

gp_obj *gp_dict_get(gp_obj *o, gp_obj *key)
{
    gp_dict *d = (gp_dict *)o;
    if (!d->table) {
        if (GP_TYPE(key)->hash == NULL) gp_hash_of(key); /* unhashable: raise */
        return NULL;
    }
    gp_hash h = key_hash(key);
    if (h == -1) return NULL;
    return gp_dict_get_hashed(o, key, h);
}

gp_obj *gp_dict_get_str(gp_obj *o, gp_obj *key)
{
    gp_dict *d = (gp_dict *)o;
    dtable *t = d->table;
    if (!t) return NULL;
    gp_hash h = ((gp_strobj *)key)->hash;
    if (GP_UNLIKELY(h == -1)) h = gp_str_hash(key);
    size_t mask = (size_t)t->size - 1, i = (size_t)h & mask, perturb = (size_t)h;
    for (;;) {
        int32_t ix = t->indices[i];
        if (ix == EMPTY) return NULL;
        if (ix >= 0) {
            dentry *e = &t->entries[ix];
            if (e->key == key) return e->value;
            if (e->hash == h && GP_STR_CHECK(e->key) && gp_str_eq(e->key, key)) return e->value;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

gp_obj *gp_dict_get_cstr(gp_obj *d, const char *key)
{
    gp_obj *k = gp_str_intern_cstr(key);
    return k ? gp_dict_get_str(d, k) : NULL;
}

/* ---- insertion ------------------------------------------------------------------------- */

static int resize(gp_dict *d, gp_ssize minused)
{
    gp_ssize size = MINSIZE;
    while (size * 2 / 3 < minused) size *= 2;
    dtable *old = d->table, *t = table_new(size);
    if (!t) return -1;
    gp_ssize n = 0;
    if (old) {
        for (gp_ssize i = 0; i < old->nentries; i++) {
            dentry *e = &old->entries[i];
            if (!e->key) continue;
            t->entries[n] = *e;
            size_t mask = (size_t)size - 1, j = (size_t)e->hash & mask, perturb = (size_t)e->hash;
            while (t->indices[j] != EMPTY) {
                perturb >>= 5;
                j = (j * 5 + perturb + 1) & mask;
            }
            t->indices[j] = (int32_t)n++;
        }
    }
    t->nentries = n;
    free(old);
    d->table = t;
    return 0;
}

/* Steals key and value. */
static int insert(gp_dict *d, gp_obj *key, gp_hash h, gp_obj *value)
{
    if (!d->table && resize(d, 1) < 0) goto fail;
    gp_ssize slot, ix = lookup(d, key, h, &slot);
    if (ix == -3) goto fail;
    dtable *t = d->table;
    d->version = ++version_counter;
    if (ix >= 0) {
        gp_obj *old = t->entries[ix].value;
        t->entries[ix].value = value;
        gp_decref(old);
        gp_decref(key);
        return 0;
    }
    if (t->nentries >= t->usable) {
        if (resize(d, d->used * 2 + 1) < 0) goto fail;
        t = d->table;
        ix = lookup(d, key, h, &slot);
        if (ix == -3) goto fail;
    }
    t->indices[slot] = (int32_t)t->nentries;
    t->entries[t->nentries++] = (dentry){h, key, value};
    d->used++;
    return 0;
fail:
    gp_decref(key);
    gp_decref(value);
    return -1;
}

int gp_dict_set_hashed(gp_obj *d, gp_obj *key, gp_hash h, gp_obj *v)
{
    return insert((gp_dict *)d, gp_incref(key), h, gp_incref(v));
}

int gp_dict_set(gp_obj *d, gp_obj *key, gp_obj *v)
{
    gp_hash h = key_hash(key);
    if (h == -1) return -1;
    return insert((gp_dict *)d, gp_incref(key), h, gp_incref(v));
}

int gp_dict_set_cstr(gp_obj *d, const char *key, gp_obj *v)
{
    gp_obj *k = gp_str_intern_cstr(key);
    return k ? gp_dict_set(d, k, v) : -1;
}

/* ---- deletion ---------------------------------------------------------------------------- */

/* Removes key; returns the value (new reference), NULL when absent
 * (no exception) or on error (exception set). */
gp_obj *gp_dict_pop_item(gp_obj *o, gp_obj *key)
{
    gp_dict *d = (gp_dict *)o;
    gp_hash h = key_hash(key);
    if (h == -1 || !d->table) return NULL;
    gp_ssize slot, ix = lookup(d, key, h, &slot);
    if (ix < 0) return NULL;
    dtable *t = d->table;
    dentry *e = &t->entries[ix];
    gp_obj *k = e->key, *v = e->value;
    e->key = e->value = NULL;
    t->indices[slot] = DUMMY;
    d->used--;
    d->version = ++version_counter;
    gp_decref(k);
    return v;
}

int gp_dict_del(gp_obj *d, gp_obj *key)
{
    gp_obj *v = gp_dict_pop_item(d, key);
    if (v) { gp_decref(v); return 0; }
    if (!gp_err_occurred()) gp_err_set_key(key);
    return -1;
}

int gp_dict_del_cstr(gp_obj *d, const char *key)
{
    gp_obj *k = gp_str_intern_cstr(key);
    return k ? gp_dict_del(d, k) : -1;
}

/* ---- iteration and bulk operations -------------------------------------------------------- */

bool gp_dict_next(gp_obj *o, gp_ssize *pos, gp_obj **key, gp_obj **value)
{
    dtable *t = ((gp_dict *)o)->table;
    if (!t) return false;
    for (gp_ssize i = *pos; i < t->nentries; i++) {
        if (!t->entries[i].key) continue;
        if (key) *key = t->entries[i].key;
        if (value) *value = t->entries[i].value;
        *pos = i + 1;
        return true;
    }
    *pos = t->nentries;
    return false;
}

bool gp_dict_next_hashed(gp_obj *o, gp_ssize *pos, gp_obj **key, gp_obj **value, gp_hash *h)
{
    dtable *t = ((gp_dict *)o)->table;
    if (!t) return false;
    for (gp_ssize i = *pos; i < t->nentries; i++) {
        if (!t->entries[i].key) continue;
        *key = t->entries[i].key;
        *value = t->entries[i].value;
        *h = t->entries[i].hash;
        *pos = i + 1;
        return true;
    }
    *pos = t->nentries;
    return false;
}

gp_ssize gp_dict_size(gp_obj *d) { return ((gp_dict *)d)->used; }

gp_obj *gp_dict_copy(gp_obj *o)
{
    gp_obj *r = gp_dict_new();
    if (!r) return NULL;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    gp_hash h;
    if (((gp_dict *)o)->used && resize((gp_dict *)r, ((gp_dict *)o)->used) < 0) { gp_decref(r); return NULL; }
    while (gp_dict_next_hashed(o, &pos, &k, &v, &h))
        if (gp_dict_set_hashed(r, k, h, v) < 0) { gp_decref(r); return NULL; }
    return r;
}

gp_obj *gp_dict_keys_list(gp_obj *o)
{
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    gp_ssize pos = 0;
    gp_obj *k;
    while (gp_dict_next(o, &pos, &k, NULL))
        if (gp_list_append(l, k) < 0) { gp_decref(l); return NULL; }
    return l;
}

static int update_from_pairs(gp_obj *d, gp_obj *iterable)
{
    gp_obj *it = gp_iter(iterable);
    if (!it) return -1;
    gp_obj *item;
    gp_ssize n = 0;
    int r = 0;
    while (r == 0 && (item = gp_iternext(it))) {
        gp_obj *pair = GP_TUPLE_CHECK(item) || GP_LIST_CHECK(item) ? gp_incref(item) : NULL;
        if (!pair) {
            if (!GP_TYPE(item)->iter && !GP_TYPE(item)->getitem) {
                gp_err_format(gp_exc_TypeError,
                              "cannot convert dictionary update sequence element #%zd to a sequence", n);
                r = -1;
            } else if (!(pair = gp_tuple_from_iterable(item))) {
                r = -1;
            }
        }
        if (pair) {
            gp_ssize len = GP_TUPLE_CHECK(pair) ? GP_TUPLE_SIZE(pair) : GP_LIST_SIZE(pair);
            gp_obj *const *v = GP_TUPLE_CHECK(pair) ? GP_TUPLE_ITEMS(pair) : GP_LIST_ITEMS(pair);
            if (len != 2) {
                gp_err_format(gp_exc_ValueError,
                              "dictionary update sequence element #%zd has length %zd; 2 is required", n, len);
                r = -1;
            } else {
                r = gp_dict_set(d, v[0], v[1]);
            }
            gp_decref(pair);
        }
        gp_decref(item);
        n++;
    }
    gp_decref(it);
    if (r == 0 && gp_err_occurred()) r = -1;
    return r;
}

int gp_dict_merge(gp_obj *d, gp_obj *other, bool override)
{
    if (GP_DICT_CHECK(other)) {
        gp_ssize pos = 0;
        gp_obj *k, *v;
        gp_hash h;
        while (gp_dict_next_hashed(other, &pos, &k, &v, &h)) {
            if (!override && gp_dict_get_hashed(d, k, h)) continue;
            gp_incref(k);
            gp_incref(v);
            int r = gp_dict_set_hashed(d, k, h, v);
            gp_decref(k);
            gp_decref(v);
            if (r < 0) return -1;
        }
        return 0;
    }
    gp_obj *keys = gp_getattr_opt(other, gp_str_intern_cstr("keys"));
    if (!keys) return gp_err_occurred() ? -1 : update_from_pairs(d, other);
    gp_obj *kl = gp_call0(keys);
    gp_decref(keys);
    if (!kl) return -1;
    gp_obj *it = gp_iter(kl);
    gp_decref(kl);
    if (!it) return -1;
    gp_obj *k;
    int r = 0;
    while (r == 0 && (k = gp_iternext(it))) {
        gp_obj *v = gp_getitem(other, k);
        r = v ? gp_dict_set(d, k, v) : -1;
        gp_xdecref(v);
        gp_decref(k);
    }
    gp_decref(it);
    return r == 0 && gp_err_occurred() ? -1 : r;
}

int gp_dict_update(gp_obj *d, gp_obj *other) { return gp_dict_merge(d, other, true); }

static gp_obj *dict_compare_items(gp_obj *a, gp_obj *b, int op);

/* ---- slots ---------------------------------------------------------------------------------- */

static gp_obj *dict_repr(gp_obj *o)
{
    if (((gp_dict *)o)->used == 0) return gp_str_new("{}", 2);
    int r = gp_repr_enter(o);
    if (r) return r < 0 ? NULL : gp_str_new("{...}", 5);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_add(&b, "{", 1);
    gp_ssize pos = 0;
    gp_obj *k, *v;
    bool first = true;
    while (!b.failed && gp_dict_next(o, &pos, &k, &v)) {
        if (!first) gp_strbuf_add(&b, ", ", 2);
        first = false;
        gp_incref(k);
        gp_incref(v);
        gp_strbuf_addobj_repr(&b, k);
        gp_strbuf_add(&b, ": ", 2);
        gp_strbuf_addobj_repr(&b, v);
        gp_decref(k);
        gp_decref(v);
    }
    gp_strbuf_add(&b, "}", 1);
    gp_repr_leave(o);
    return gp_strbuf_finish(&b);
}

static gp_obj *dict_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!GP_DICT_CHECK(a) || !GP_DICT_CHECK(b) || (op != GP_EQ && op != GP_NE)) return GP_NOTIMPLEMENTED;
    if (gp_recursion_enter(" in comparison") < 0) return NULL;
    gp_obj *r = dict_compare_items(a, b, op);
    gp_recursion_leave();
    return r;
}

static gp_obj *dict_compare_items(gp_obj *a, gp_obj *b, int op)
{
    bool eq = ((gp_dict *)a)->used == ((gp_dict *)b)->used;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    gp_hash h;
    while (eq && gp_dict_next_hashed(a, &pos, &k, &v, &h)) {
        gp_incref(k);
        gp_incref(v);
        gp_obj *w = gp_dict_get_hashed(b, k, h);
        int r;
        if (!w) r = gp_err_occurred() ? -1 : 0;
        else { gp_incref(w); r = gp_richcompare_bool(v, w, GP_EQ); gp_decref(w); }
        gp_decref(k);
        gp_decref(v);
        if (r < 0) return NULL;
        eq = r;
    }
    return gp_bool_new(op == GP_EQ ? eq : !eq);
}

static gp_ssize dict_len(gp_obj *o) { return ((gp_dict *)o)->used; }

static gp_obj *dict_getitem(gp_obj *o, gp_obj *key)
{
    gp_obj *v = gp_dict_get(o, key);
    if (v) return gp_incref(v);
    if (gp_err_occurred()) return NULL;
    if (GP_TYPE(o) != &gp_dict_type) {
        gp_obj *missing = gp_type_lookup(GP_TYPE(o), gp_str_intern_cstr("__missing__"));
        if (missing) {
            gp_obj *args[2] = {o, key};
            return gp_call(missing, args, 2, NULL);
        }
    }
    gp_err_set_key(key);
    return NULL;
}

static int dict_setitem(gp_obj *o, gp_obj *key, gp_obj *v)
{
    return v ? gp_dict_set(o, key, v) : gp_dict_del(o, key);
}

static int dict_contains(gp_obj *o, gp_obj *key)
{
    gp_obj *v = gp_dict_get(o, key);
    return v ? 1 : gp_err_occurred() ? -1 : 0;
}

static gp_obj *dict_or(gp_obj *a, gp_obj *b)
{
    if (!GP_DICT_CHECK(a) || !GP_DICT_CHECK(b)) return GP_NOTIMPLEMENTED;
    gp_obj *r = gp_dict_copy(a);
    if (r && gp_dict_update(r, b) < 0) GP_CLEAR(r);
    return r;
}

static gp_obj *dict_ior(gp_obj *a, gp_obj *b)
{
    if (gp_dict_update(a, b) < 0) return NULL;
    return gp_incref(a);
}

static gp_obj *dict_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (t == &gp_dict_type) return gp_dict_new();
    gp_dict *d = (gp_dict *)gp_obj_alloc(t);
    if (d) d->version = ++version_counter;
    return (gp_obj *)d;
}

static int dict_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (nargs > 1) {
        gp_err_format(gp_exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs && gp_dict_update(self, args[0]) < 0) return -1;
    gp_ssize nk = kw ? GP_TUPLE_SIZE(kw) : 0;
    for (gp_ssize i = 0; i < nk; i++)
        if (gp_dict_set(self, GP_TUPLE_GET(kw, i), args[nargs + (size_t)i]) < 0) return -1;
    return 0;
}

extern const gp_methoddef gp_dict_methods[];
gp_obj *gp_dict_iter_keys(gp_obj *d);

gp_type gp_dict_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "dict",
    .basicsize = sizeof(gp_dict),
    .flags = GP_TF_BASETYPE | GP_TF_DICT_SUB | GP_TF_GC,
    .gc_traverse = dict_traverse,
    .gc_clear = gp_dict_clear_all,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = gp_dict_iter_keys,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .nb = {[GP_OP_OR] = dict_or},
    .nb_inplace = {[GP_OP_OR] = dict_ior},
    .tp_new = dict_new,
    .tp_init = dict_init,
    .methods = gp_dict_methods,
};
