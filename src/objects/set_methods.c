/*
 * set_methods.c — set algebra (| & - ^ and their in-place forms),
 * comparisons (subset / superset / equality) and the methods of set and
 * frozenset.
 */
#include "types.h"
#include "internal.h"
#include "set_internal.h"

static gp_obj *new_like(gp_obj *a)
{
    return gp_set_alloc(GP_TYPE_CHECK(a, &gp_frozenset_type) ? &gp_frozenset_type : &gp_set_type);
}

static gp_obj *copy_of(gp_obj *a)
{
    gp_obj *r = new_like(a);
    if (r && gp_set_update(r, a) < 0) GP_CLEAR(r);
    return r;
}

/* in place: a |= iterable */
static int update_with(gp_obj *a, gp_obj *b) { return gp_set_update(a, b); }

static int intersect_into(gp_obj *res, gp_obj *a, gp_obj *b)
{
    gp_obj *other = GP_ANYSET_CHECK(b) ? gp_incref(b) : gp_set_new(b);
    if (!other) return -1;
    gp_obj *small = a, *big = other;
    if (GP_ANYSET_CHECK(b) && gp_set_size(b) < gp_set_size(a)) { small = other; big = a; }
    gp_ssize pos = 0;
    gp_obj *k;
    gp_hash h;
    int r = 0;
    while (r == 0 && gp_set_next(small, &pos, &k, &h)) {
        int c = gp_set_contains_hashed(big, k, h);
        if (c < 0) r = -1;
        else if (c) r = gp_set_add_hashed(res, k, h);
    }
    gp_decref(other);
    return r;
}

static int difference_into(gp_obj *res, gp_obj *a, gp_obj *b)
{
    gp_obj *other = GP_ANYSET_CHECK(b) || GP_DICT_CHECK(b) ? gp_incref(b) : gp_set_new(b);
    if (!other) return -1;
    gp_ssize nother = GP_DICT_CHECK(other) ? gp_dict_size(other) : gp_set_size(other);
    gp_ssize pos = 0;
    gp_obj *k;
    gp_hash h;
    int r = 0;
    if ((gp_set_size(a) >> 2) > nother) {
        /* CPython copies the big set and removes the few others */
        r = gp_set_update(res, a);
        gp_obj *it = r == 0 ? gp_iter(other) : NULL;
        if (r == 0 && !it) r = -1;
        gp_obj *x;
        while (it && r == 0 && (x = gp_iternext(it))) {
            if (gp_set_discard(res, x) < 0) r = -1;
            gp_decref(x);
        }
        gp_xdecref(it);
        if (r == 0 && gp_err_occurred()) r = -1;
        gp_decref(other);
        return r;
    }
    while (r == 0 && gp_set_next(a, &pos, &k, &h)) {
        int c = GP_DICT_CHECK(other) ? gp_contains(other, k) : gp_set_contains_hashed(other, k, h);
        if (c < 0) r = -1;
        else if (!c) r = gp_set_add_hashed(res, k, h);
    }
    gp_decref(other);
    return r;
}

/* Toggles every element of `src` (a set) in `dst`. */
static int toggle_all(gp_obj *dst, gp_obj *src)
{
    gp_ssize pos = 0;
    gp_obj *k;
    gp_hash h;
    int r = 0;
    while (r == 0 && gp_set_next(src, &pos, &k, &h)) {
        int c = gp_set_contains_hashed(dst, k, h);
        if (c < 0) r = -1;
        else if (c) r = gp_set_discard(dst, k) < 0 ? -1 : 0;
        else r = gp_set_add_hashed(dst, k, h);
    }
    return r;
}

/* CPython builds a ^ b from a copy of b, then toggles a's elements in it. */
static int symdiff_into(gp_obj *res, gp_obj *a, gp_obj *b)
{
    gp_obj *other = GP_ANYSET_CHECK(b) ? gp_incref(b) : gp_set_new(b);
    if (!other) return -1;
    int r = gp_set_update(res, other);
    if (r == 0) r = toggle_all(res, a);
    gp_decref(other);
    return r;
}

typedef int (*setop_fn)(gp_obj *res, gp_obj *a, gp_obj *b);

static gp_obj *binary(gp_obj *a, gp_obj *b, setop_fn fn)
{
    if (!GP_ANYSET_CHECK(a) || !GP_ANYSET_CHECK(b)) return GP_NOTIMPLEMENTED;
    gp_obj *r = new_like(a);
    if (r && fn(r, a, b) < 0) GP_CLEAR(r);
    return r;
}

static int union_into(gp_obj *res, gp_obj *a, gp_obj *b)
{
    return gp_set_update(res, a) < 0 ? -1 : gp_set_update(res, b);
}

gp_obj *gp_set_or(gp_obj *a, gp_obj *b) { return binary(a, b, union_into); }
gp_obj *gp_set_and(gp_obj *a, gp_obj *b) { return binary(a, b, intersect_into); }
gp_obj *gp_set_sub(gp_obj *a, gp_obj *b) { return binary(a, b, difference_into); }
gp_obj *gp_set_xor(gp_obj *a, gp_obj *b) { return binary(a, b, symdiff_into); }

/* Replaces a's contents with those of r (steals r). */
static gp_obj *replace_contents(gp_obj *a, gp_obj *r)
{
    if (!r) return NULL;
    gp_set_clear_table((gp_setobj *)a);
    int rc = gp_set_update(a, r);
    gp_decref(r);
    return rc < 0 ? NULL : gp_incref(a);
}

gp_obj *gp_set_ior(gp_obj *a, gp_obj *b)
{
    if (!GP_ANYSET_CHECK(b)) return GP_NOTIMPLEMENTED;
    return update_with(a, b) < 0 ? NULL : gp_incref(a);
}
gp_obj *gp_set_iand(gp_obj *a, gp_obj *b)
{
    if (!GP_ANYSET_CHECK(b)) return GP_NOTIMPLEMENTED;
    return replace_contents(a, gp_set_and(a, b));
}
gp_obj *gp_set_isub(gp_obj *a, gp_obj *b)
{
    if (!GP_ANYSET_CHECK(b)) return GP_NOTIMPLEMENTED;
    return replace_contents(a, gp_set_sub(a, b));
}
gp_obj *gp_set_ixor(gp_obj *a, gp_obj *b)
{
    if (!GP_ANYSET_CHECK(b)) return GP_NOTIMPLEMENTED;
    if (a == b) { gp_set_clear_table((gp_setobj *)a); return gp_incref(a); }
    return toggle_all(a, b) < 0 ? NULL : gp_incref(a);
}

/* Is every element of a in b? */
static int subset_of(gp_obj *a, gp_obj *b)
{
    if (gp_set_size(a) > gp_set_size(b)) return 0;
    gp_ssize pos = 0;
    gp_obj *k;
    gp_hash h;
    while (gp_set_next(a, &pos, &k, &h)) {
        int c = gp_set_contains_hashed(b, k, h);
        if (c <= 0) return c;
    }
    return 1;
}

gp_obj *gp_set_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!GP_ANYSET_CHECK(a) || !GP_ANYSET_CHECK(b)) return GP_NOTIMPLEMENTED;
    gp_ssize na = gp_set_size(a), nb = gp_set_size(b);
    int r;
    switch (op) {
    case GP_EQ: case GP_NE:
        r = na == nb ? subset_of(a, b) : 0;
        if (r < 0) return NULL;
        return gp_bool_new(op == GP_EQ ? r : !r);
    case GP_LE: r = subset_of(a, b); break;
    case GP_GE: r = subset_of(b, a); break;
    case GP_LT: r = na < nb ? subset_of(a, b) : 0; break;
    default: r = na > nb ? subset_of(b, a) : 0; break;
    }
    return r < 0 ? NULL : gp_bool_new(r);
}

/* ---- methods ---------------------------------------------------------------------------------- */

#define METHOD(name) static gp_obj *name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)

METHOD(set_add_m)
{
    if (gp_check_nargs("set.add", nargs, kw, 1, 1) < 0) return NULL;
    return gp_set_add(self, args[0]) < 0 ? NULL : GP_NONE_NEW();
}

METHOD(set_remove_m)
{
    if (gp_check_nargs("set.remove", nargs, kw, 1, 1) < 0) return NULL;
    int r = gp_set_discard(self, args[0]);
    if (r < 0) return NULL;
    if (r == 0) { gp_err_set_key(args[0]); return NULL; }
    return GP_NONE_NEW();
}

METHOD(set_discard_m)
{
    if (gp_check_nargs("set.discard", nargs, kw, 1, 1) < 0) return NULL;
    return gp_set_discard(self, args[0]) < 0 ? NULL : GP_NONE_NEW();
}

METHOD(set_pop_m)
{
    if (gp_check_nargs("pop", nargs, kw, 0, 0) < 0) return NULL;
    return gp_set_pop(self);
}

METHOD(set_clear_m)
{
    if (gp_check_nargs("clear", nargs, kw, 0, 0) < 0) return NULL;
    gp_set_clear_table((gp_setobj *)self);
    return GP_NONE_NEW();
}

METHOD(set_copy_m)
{
    if (gp_check_nargs("copy", nargs, kw, 0, 0) < 0) return NULL;
    if (GP_TYPE(self) == &gp_frozenset_type) return gp_incref(self);
    return copy_of(self);
}

METHOD(set_update_m)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "update() takes no keyword arguments");
    for (size_t i = 0; i < nargs; i++)
        if (gp_set_update(self, args[i]) < 0) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *multi(gp_obj *self, gp_obj *const *args, size_t nargs, setop_fn fn)
{
    gp_obj *acc = copy_of(self);
    for (size_t i = 0; acc && i < nargs; i++) {
        gp_obj *r = new_like(self);
        if (r && fn(r, acc, args[i]) < 0) GP_CLEAR(r);
        GP_SETREF(acc, r);
    }
    return acc;
}

METHOD(set_union_m) { return multi(self, args, nargs, union_into); }
METHOD(set_intersection_m) { return multi(self, args, nargs, intersect_into); }
METHOD(set_difference_m) { return multi(self, args, nargs, difference_into); }
METHOD(set_symdiff_m)
{
    if (gp_check_nargs("set.symmetric_difference", nargs, kw, 1, 1) < 0) return NULL;
    return multi(self, args, nargs, symdiff_into);
}

static gp_obj *multi_inplace(gp_obj *self, gp_obj *const *args, size_t nargs, setop_fn fn)
{
    gp_obj *r = multi(self, args, nargs, fn);
    gp_obj *x = replace_contents(self, r);
    if (!x) return NULL;
    gp_decref(x);
    return GP_NONE_NEW();
}

METHOD(set_intersection_update_m) { return multi_inplace(self, args, nargs, intersect_into); }
METHOD(set_difference_update_m) { return multi_inplace(self, args, nargs, difference_into); }
METHOD(set_symdiff_update_m)
{
    if (gp_check_nargs("set.symmetric_difference_update", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *other = GP_ANYSET_CHECK(args[0]) && args[0] != self ? gp_incref(args[0]) : gp_set_new(args[0]);
    if (!other) return NULL;
    int r = toggle_all(self, other);
    gp_decref(other);
    return r < 0 ? NULL : GP_NONE_NEW();
}

static gp_obj *as_set(gp_obj *o) { return GP_ANYSET_CHECK(o) ? gp_incref(o) : gp_set_new(o); }

METHOD(set_issubset_m)
{
    if (gp_check_nargs("set.issubset", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *o = as_set(args[0]);
    if (!o) return NULL;
    int r = subset_of(self, o);
    gp_decref(o);
    return r < 0 ? NULL : gp_bool_new(r);
}

METHOD(set_issuperset_m)
{
    if (gp_check_nargs("set.issuperset", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *o = as_set(args[0]);
    if (!o) return NULL;
    int r = subset_of(o, self);
    gp_decref(o);
    return r < 0 ? NULL : gp_bool_new(r);
}

METHOD(set_isdisjoint_m)
{
    if (gp_check_nargs("set.isdisjoint", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *it = gp_iter(args[0]);
    if (!it) return NULL;
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        int c = gp_set_contains(self, x);
        gp_decref(x);
        if (c) { gp_decref(it); return c < 0 ? NULL : gp_bool_new(false); }
    }
    gp_decref(it);
    return gp_err_occurred() ? NULL : gp_bool_new(true);
}

METHOD(set_contains_m)
{
    if (gp_check_nargs("set.__contains__", nargs, kw, 1, 1) < 0) return NULL;
    int r = gp_set_contains(self, args[0]);
    return r < 0 ? NULL : gp_bool_new(r);
}

#define COMMON_METHODS \
    {"copy", set_copy_m, 0, NULL}, {"union", set_union_m, 0, NULL}, \
    {"intersection", set_intersection_m, 0, NULL}, {"difference", set_difference_m, 0, NULL}, \
    {"symmetric_difference", set_symdiff_m, 0, NULL}, {"issubset", set_issubset_m, 0, NULL}, \
    {"issuperset", set_issuperset_m, 0, NULL}, {"isdisjoint", set_isdisjoint_m, 0, NULL}, \
    {"__contains__", set_contains_m, 0, NULL},

const gp_methoddef gp_set_methods[] = {
    COMMON_METHODS
    {"add", set_add_m, 0, NULL},
    {"remove", set_remove_m, 0, NULL},
    {"discard", set_discard_m, 0, NULL},
    {"pop", set_pop_m, 0, NULL},
    {"clear", set_clear_m, 0, NULL},
    {"update", set_update_m, 0, NULL},
    {"intersection_update", set_intersection_update_m, 0, NULL},
    {"difference_update", set_difference_update_m, 0, NULL},
    {"symmetric_difference_update", set_symdiff_update_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const gp_methoddef gp_frozenset_methods[] = {
    COMMON_METHODS
    {NULL, NULL, 0, NULL},
};
