/*
 * obj_set.c — set and frozenset. The table follows CPython's design
 * (linear probing in runs of 9, then perturbed jumps; resize at 60% fill
 * to 4x the used count) so that sets print their elements in the same
 * order as CPython for the same insertions. Operators and methods are in
 * set_methods.c.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "set_internal.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static gp_obj set_dummy_obj = GP_STATIC_HEAD(&gp_none_type);
#define DUMMY (&set_dummy_obj)

bool gp_set_is_dummy(gp_obj *k) { return k == DUMMY; }

gp_obj *gp_set_alloc(gp_type *t)
{
    gp_setobj *s = (gp_setobj *)gp_obj_alloc(t);
    if (!s) return NULL;
    s->mask = SET_MINSIZE - 1;
    s->table = s->smalltable;
    s->hash = -1;
    return (gp_obj *)s;
}

void gp_set_clear_table(gp_setobj *s)
{
    sentry *t = s->table;
    gp_ssize n = s->mask + 1;
    bool was_small = t == s->smalltable;
    sentry copy[SET_MINSIZE];
    if (was_small) { memcpy(copy, t, sizeof copy); t = copy; }
    s->table = s->smalltable;
    memset(s->smalltable, 0, sizeof s->smalltable);
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    s->finger = 0;
    for (gp_ssize i = 0; i < n; i++)
        if (t[i].key && t[i].key != DUMMY) gp_decref(t[i].key);
    if (!was_small) free(t);
}

static void set_dealloc(gp_obj *o)
{
    gp_set_clear_table((gp_setobj *)o);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): the keys set_dealloc drops. */
static void set_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_setobj *s = (gp_setobj *)o;
    for (gp_ssize i = 0; i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMY) visit(s->table[i].key, arg);
}

static void set_gc_clear(gp_obj *o) { gp_set_clear_table((gp_setobj *)o); }

/* ---- the hash table ---------------------------------------------------------------------- */

static void insert_clean(sentry *table, size_t mask, gp_obj *key, gp_hash hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        sentry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

int gp_set_resize(gp_setobj *s, gp_ssize minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    sentry *old = s->table;
    size_t oldn = (size_t)s->mask + 1;
    sentry copy[SET_MINSIZE];
    if (old == s->smalltable) { memcpy(copy, old, sizeof copy); old = copy; }
    sentry *nt;
    if (newsize == SET_MINSIZE) {
        nt = s->smalltable;
        memset(nt, 0, sizeof s->smalltable);
    } else {
        nt = calloc(newsize, sizeof(sentry));
        if (!nt) { gp_err_nomemory(); return -1; }
    }
    for (size_t i = 0; i < oldn; i++)
        if (old[i].key && old[i].key != DUMMY) insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
    if (old != copy) free(old);
    s->table = nt;
    s->mask = (gp_ssize)newsize - 1;
    s->fill = s->used;
    return 0;
}

static inline gp_hash key_hash(gp_obj *key)
{
    if (GP_STR_EXACT(key)) return gp_str_hash(key);
    return gp_hash_of(key);
}

/* Finds key: the entry holding it, or NULL (and *err set on failure). */
static sentry *lookup(gp_setobj *s, gp_obj *key, gp_hash hash, int *err)
{
restart:;
    sentry *table = s->table;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    *err = 0;
    for (;;) {
        sentry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (!e->key) return NULL;
            if (e->hash == hash && e->key != DUMMY) {
                gp_obj *sk = e->key;
                if (sk == key) return e;
                if (GP_STR_EXACT(sk) && GP_STR_EXACT(key)) {
                    if (gp_str_eq(sk, key)) return e;
                } else {
                    gp_incref(sk);
                    int cmp = gp_richcompare_bool(sk, key, GP_EQ);
                    gp_decref(sk);
                    if (cmp < 0) { *err = -1; return NULL; }
                    if (table != s->table || e->key != sk) goto restart;
                    if (cmp) return e;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds key (borrowed) with its hash. */
int gp_set_add_hashed(gp_obj *o, gp_obj *key, gp_hash hash)
{
    gp_setobj *s = (gp_setobj *)o;
    gp_incref(key);
restart:;
    sentry *table = s->table, *freeslot = NULL;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    sentry *e;
    for (;;) {
        e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (!e->key) goto found_unused;
            if (e->hash == hash && e->key != DUMMY) {
                gp_obj *sk = e->key;
                if (sk == key) goto found_active;
                if (GP_STR_EXACT(sk) && GP_STR_EXACT(key)) {
                    if (gp_str_eq(sk, key)) goto found_active;
                } else {
                    gp_incref(sk);
                    int cmp = gp_richcompare_bool(sk, key, GP_EQ);
                    gp_decref(sk);
                    if (cmp < 0) { gp_decref(key); return -1; }
                    if (table != s->table || e->key != sk) goto restart;
                    if (cmp) goto found_active;
                }
            } else if (e->key == DUMMY) { /* CPython keeps the last dummy seen */
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) { /* reuse a deleted slot from the probe path */
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((size_t)s->fill * 5 < mask * 3) return 0;
    return gp_set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
found_active:
    gp_decref(key);
    return 0;
}

int gp_set_add(gp_obj *s, gp_obj *key)
{
    gp_hash h = key_hash(key);
    if (h == -1) return -1;
    ((gp_setobj *)s)->hash = -1;
    return gp_set_add_hashed(s, key, h);
}

int gp_set_contains_hashed(gp_obj *s, gp_obj *key, gp_hash h)
{
    int err;
    sentry *e = lookup((gp_setobj *)s, key, h, &err);
    return e ? 1 : err;
}

int gp_set_contains(gp_obj *s, gp_obj *key)
{
    gp_hash h = key_hash(key);
    if (h == -1) {
        if (!GP_ANYSET_CHECK(key) || !gp_err_matches(gp_exc_TypeError)) return -1;
        /* a set is looked up as the equal frozenset */
        gp_err_clear();
        gp_obj *f = gp_frozenset_new(key);
        if (!f) return -1;
        int r = gp_set_contains(s, f);
        gp_decref(f);
        return r;
    }
    return gp_set_contains_hashed(s, key, h);
}

int gp_set_discard(gp_obj *o, gp_obj *key)
{
    gp_hash h = key_hash(key);
    if (h == -1) return -1;
    int err;
    sentry *e = lookup((gp_setobj *)o, key, h, &err);
    if (!e) return err;
    gp_obj *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    ((gp_setobj *)o)->used--;
    gp_decref(old);
    return 1;
}

gp_ssize gp_set_size(gp_obj *s) { return ((gp_setobj *)s)->used; }

bool gp_set_next(gp_obj *o, gp_ssize *pos, gp_obj **key, gp_hash *hash)
{
    gp_setobj *s = (gp_setobj *)o;
    for (gp_ssize i = *pos; i <= s->mask; i++) {
        sentry *e = &s->table[i];
        if (e->key && e->key != DUMMY) {
            *key = e->key;
            if (hash) *hash = e->hash;
            *pos = i + 1;
            return true;
        }
    }
    *pos = s->mask + 1;
    return false;
}

/* Adds every element of iterable (CPython's set_update_internal). */
int gp_set_update(gp_obj *o, gp_obj *iterable)
{
    gp_setobj *s = (gp_setobj *)o;
    s->hash = -1;
    if (GP_ANYSET_CHECK(iterable)) {
        gp_setobj *other = (gp_setobj *)iterable;
        if (o == iterable || other->used == 0) return 0;
        if ((s->fill + other->used) * 5 >= s->mask * 3 && gp_set_resize(s, (s->used + other->used) * 2) < 0) return -1;
        if (s->fill == 0) {
            /* an empty target takes the other table's layout (CPython's set_merge) */
            bool same = s->mask == other->mask && other->fill == other->used;
            for (gp_ssize i = 0; i <= other->mask; i++) {
                sentry *e = &other->table[i];
                if (!e->key || e->key == DUMMY) continue;
                gp_incref(e->key);
                if (same) s->table[i] = *e;
                else insert_clean(s->table, (size_t)s->mask, e->key, e->hash);
            }
            s->fill = s->used = other->used;
            return 0;
        }
        gp_ssize pos = 0;
        gp_obj *k;
        gp_hash h;
        while (gp_set_next(iterable, &pos, &k, &h))
            if (gp_set_add_hashed(o, k, h) < 0) return -1;
        return 0;
    }
    if (GP_DICT_CHECK(iterable)) {
        gp_ssize n = gp_dict_size(iterable);
        if ((s->fill + n) * 5 >= s->mask * 3 && gp_set_resize(s, (s->used + n) * 2) < 0) return -1;
        gp_ssize pos = 0;
        gp_obj *k;
        while (gp_dict_next(iterable, &pos, &k, NULL))
            if (gp_set_add(o, k) < 0) return -1;
        return 0;
    }
    gp_obj *it = gp_iter(iterable);
    if (!it) return -1;
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        int r = gp_set_add(o, x);
        gp_decref(x);
        if (r < 0) { gp_decref(it); return -1; }
    }
    gp_decref(it);
    return gp_err_occurred() ? -1 : 0;
}

gp_obj *gp_set_new(gp_obj *iterable)
{
    gp_obj *s = gp_set_alloc(&gp_set_type);
    if (s && iterable && gp_set_update(s, iterable) < 0) GP_CLEAR(s);
    return s;
}

gp_obj *gp_frozenset_new(gp_obj *iterable)
{
    if (iterable && GP_TYPE(iterable) == &gp_frozenset_type) return gp_incref(iterable);
    gp_obj *s = gp_set_alloc(&gp_frozenset_type);
    if (s && iterable && gp_set_update(s, iterable) < 0) GP_CLEAR(s);
    return s;
}

gp_obj *gp_set_pop(gp_obj *o)
{
    gp_setobj *s = (gp_setobj *)o;
    if (s->used == 0) {
        gp_obj *msg = gp_str_from_cstr("pop from an empty set");
        if (msg) { gp_err_set_key(msg); gp_decref(msg); }
        return NULL;
    }
    sentry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > limit) e = s->table;
    }
    gp_obj *key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (e - s->table) + 1;
    return key;
}

/* ---- iterator ------------------------------------------------------------------------------ */

typedef struct { gp_obj base; gp_obj *set; gp_ssize pos, used; } set_iter;

static void setiter_dealloc(gp_obj *o)
{
    gp_xdecref(((set_iter *)o)->set);
    gp_obj_free(o);
}

static gp_obj *setiter_next(gp_obj *o)
{
    set_iter *it = (set_iter *)o;
    if (!it->set) return NULL;
    if (((gp_setobj *)it->set)->used != it->used) {
        it->used = -1;
        return gp_err_set_str(gp_exc_RuntimeError, "Set changed size during iteration");
    }
    gp_obj *k;
    if (gp_set_next(it->set, &it->pos, &k, NULL)) return gp_incref(k);
    GP_CLEAR(it->set);
    return NULL;
}

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

gp_type gp_set_iter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "set_iterator",
    .basicsize = sizeof(set_iter),
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .iternext = setiter_next,
};

gp_obj *gp_set_iter_new(gp_obj *s)
{
    set_iter *it = (set_iter *)gp_obj_alloc(&gp_set_iter_type);
    if (!it) return NULL;
    it->set = gp_incref(s);
    it->used = ((gp_setobj *)s)->used;
    return (gp_obj *)it;
}

/* ---- slots -------------------------------------------------------------------------------------- */

static gp_obj *set_repr(gp_obj *o)
{
    gp_setobj *s = (gp_setobj *)o;
    const char *tn = gp_type_name(GP_TYPE(o));
    bool exact_set = GP_TYPE(o) == &gp_set_type;
    if (s->used == 0) return gp_str_from_format("%s()", tn);
    int r = gp_repr_enter(o);
    if (r) return r < 0 ? NULL : gp_str_from_format("%s(...)", tn);
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (!exact_set) gp_strbuf_addf(&b, "%s(", tn);
    gp_strbuf_add(&b, "{", 1);
    gp_ssize pos = 0;
    gp_obj *k;
    bool first = true;
    while (!b.failed && gp_set_next(o, &pos, &k, NULL)) {
        if (!first) gp_strbuf_add(&b, ", ", 2);
        first = false;
        gp_incref(k);
        gp_strbuf_addobj_repr(&b, k);
        gp_decref(k);
    }
    gp_strbuf_add(&b, "}", 1);
    if (!exact_set) gp_strbuf_add(&b, ")", 1);
    gp_repr_leave(o);
    return gp_strbuf_finish(&b);
}

static gp_ssize set_len(gp_obj *o) { return ((gp_setobj *)o)->used; }
static int set_contains_slot(gp_obj *o, gp_obj *k) { return gp_set_contains(o, k); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static gp_hash frozenset_hash(gp_obj *o)
{
    gp_setobj *s = (gp_setobj *)o;
    if (s->hash != -1) return s->hash;
    uint64_t h = 0;
    gp_ssize pos = 0;
    gp_obj *k;
    gp_hash kh;
    while (gp_set_next(o, &pos, &k, &kh)) h ^= shuffle_bits((uint64_t)kh);
    h ^= ((uint64_t)s->used + 1) * 1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    if (h == (uint64_t)-1) h = 590923713UL;
    s->hash = (gp_hash)h;
    return s->hash;
}

static gp_obj *set_tp_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_set_alloc(t);
}

static int set_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) { gp_err_set_str(gp_exc_TypeError, "set() takes no keyword arguments"); return -1; }
    if (gp_check_nargs("set", nargs, NULL, 0, 1) < 0) return -1;
    gp_set_clear_table((gp_setobj *)self);
    return nargs ? gp_set_update(self, args[0]) : 0;
}

static gp_obj *frozenset_tp_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "frozenset() takes no keyword arguments");
    if (gp_check_nargs("frozenset", nargs, NULL, 0, 1) < 0) return NULL;
    if (t == &gp_frozenset_type) return gp_frozenset_new(nargs ? args[0] : NULL);
    gp_obj *s = gp_set_alloc(t);
    if (s && nargs && gp_set_update(s, args[0]) < 0) GP_CLEAR(s);
    return s;
}

extern const gp_methoddef gp_set_methods[], gp_frozenset_methods[];

gp_type gp_set_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "set",
    .basicsize = sizeof(gp_setobj),
    .flags = GP_TF_BASETYPE | GP_TF_GC,
    .gc_traverse = set_traverse,
    .gc_clear = set_gc_clear,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = gp_set_richcompare,
    .iter = gp_set_iter_new,
    .len = set_len,
    .contains = set_contains_slot,
    .nb = {[GP_OP_OR] = gp_set_or, [GP_OP_AND] = gp_set_and, [GP_OP_SUB] = gp_set_sub, [GP_OP_XOR] = gp_set_xor},
    .nb_inplace = {[GP_OP_OR] = gp_set_ior, [GP_OP_AND] = gp_set_iand, [GP_OP_SUB] = gp_set_isub, [GP_OP_XOR] = gp_set_ixor},
    .tp_new = set_tp_new,
    .tp_init = set_init,
    .methods = gp_set_methods,
};

gp_type gp_frozenset_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "frozenset",
    .basicsize = sizeof(gp_setobj),
    .flags = GP_TF_BASETYPE | GP_TF_GC,
    .gc_traverse = set_traverse,
    .gc_clear = set_gc_clear,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = gp_set_richcompare,
    .iter = gp_set_iter_new,
    .len = set_len,
    .contains = set_contains_slot,
    .nb = {[GP_OP_OR] = gp_set_or, [GP_OP_AND] = gp_set_and, [GP_OP_SUB] = gp_set_sub, [GP_OP_XOR] = gp_set_xor},
    .tp_new = frozenset_tp_new,
    .methods = gp_frozenset_methods,
};
