/*
 * dict_methods.c — dict's methods, its iterators and the keys / values /
 * items views (with set operations on keys and items views).
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "dict_internal.h"

/* ---- iterators ----------------------------------------------------------------------- */

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

typedef struct { gp_obj base; gp_obj *dict; gp_ssize pos, used; int kind; } dict_iter;

static void dictiter_dealloc(gp_obj *o)
{
    gp_xdecref(((dict_iter *)o)->dict);
    gp_obj_free(o);
}

static gp_obj *dictiter_next(gp_obj *o)
{
    dict_iter *it = (dict_iter *)o;
    if (!it->dict) return NULL;
    if (((gp_dict *)it->dict)->used != it->used) {
        it->used = -1;
        return gp_err_set_str(gp_exc_RuntimeError, "dictionary changed size during iteration");
    }
    gp_obj *k, *v;
    if (!gp_dict_next(it->dict, &it->pos, &k, &v)) {
        GP_CLEAR(it->dict);
        return NULL;
    }
    if (it->kind == KIND_KEYS) return gp_incref(k);
    if (it->kind == KIND_VALUES) return gp_incref(v);
    return gp_tuple_pack(2, k, v);
}

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

static gp_obj *dictiter_length_hint(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    dict_iter *it = (dict_iter *)self;
    return gp_int_from_i64(it->dict ? ((gp_dict *)it->dict)->used : 0);
}

static const gp_methoddef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(var, pyname) \
    gp_type var = { \
        .base = GP_STATIC_HEAD(&gp_type_type), .name = pyname, .basicsize = sizeof(dict_iter), \
        .dealloc = dictiter_dealloc, .iter = iter_self, .iternext = dictiter_next, \
        .methods = dictiter_methods, \
    };
DICT_ITER_TYPE(gp_dict_keyiter_type, "dict_keyiterator")
DICT_ITER_TYPE(gp_dict_valueiter_type, "dict_valueiterator")
DICT_ITER_TYPE(gp_dict_itemiter_type, "dict_itemiterator")

static gp_obj *dict_iter_new(gp_obj *d, int kind)
{
    gp_type *t = kind == KIND_KEYS ? &gp_dict_keyiter_type
                 : kind == KIND_VALUES ? &gp_dict_valueiter_type : &gp_dict_itemiter_type;
    dict_iter *it = (dict_iter *)gp_obj_alloc(t);
    if (!it) return NULL;
    it->dict = gp_incref(d);
    it->used = ((gp_dict *)d)->used;
    it->kind = kind;
    return (gp_obj *)it;
}

gp_obj *gp_dict_iter_keys(gp_obj *d) { return dict_iter_new(d, KIND_KEYS); }

/* ---- views ----------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *dict; } dict_view;

static void view_dealloc(gp_obj *o)
{
    gp_decref(((dict_view *)o)->dict);
    gp_obj_free(o);
}

static int view_kind(gp_obj *o)
{
    gp_type *t = GP_TYPE(o);
    return t == &gp_dict_keys_type ? KIND_KEYS : t == &gp_dict_values_type ? KIND_VALUES : KIND_ITEMS;
}

static gp_obj *view_iter(gp_obj *o) { return dict_iter_new(((dict_view *)o)->dict, view_kind(o)); }
static gp_ssize view_len(gp_obj *o) { return ((gp_dict *)((dict_view *)o)->dict)->used; }

static gp_obj *view_repr(gp_obj *o)
{
    int r = gp_repr_enter(o);
    if (r) return r < 0 ? NULL : gp_str_new("...", 3);
    gp_obj *l = gp_list_from_iterable(o);
    gp_obj *s = l ? gp_str_from_format("%s(%R)", GP_TYPE(o)->name, l) : NULL;
    gp_xdecref(l);
    gp_repr_leave(o);
    return s;
}

static int view_contains(gp_obj *o, gp_obj *x)
{
    gp_obj *d = ((dict_view *)o)->dict;
    int kind = view_kind(o);
    if (kind == KIND_KEYS) {
        gp_obj *v = gp_dict_get(d, x);
        return v ? 1 : gp_err_occurred() ? -1 : 0;
    }
    if (kind == KIND_ITEMS) {
        if (!GP_TUPLE_CHECK(x) || GP_TUPLE_SIZE(x) != 2) return 0;
        gp_obj *v = gp_dict_get(d, GP_TUPLE_GET(x, 0));
        if (!v) return gp_err_occurred() ? -1 : 0;
        gp_incref(v);
        int r = gp_richcompare_bool(v, GP_TUPLE_GET(x, 1), GP_EQ);
        gp_decref(v);
        return r;
    }
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(d, &pos, &k, &v)) {
        int r = gp_richcompare_bool(v, x, GP_EQ);
        if (r) return r;
    }
    return 0;
}

/* Set operations: build a set from the left operand and apply the operator. */
static gp_obj *view_setop(gp_obj *a, gp_obj *b, gp_binop_t op)
{
    gp_obj *sa = gp_set_new(a);
    if (!sa) return NULL;
    gp_obj *sb = GP_TYPE_CHECK(b, &gp_set_type) || GP_TYPE_CHECK(b, &gp_frozenset_type) ? gp_incref(b) : gp_set_new(b);
    if (!sb) { gp_decref(sa); return NULL; }
    gp_obj *r = gp_binop(sa, sb, op);
    gp_decref(sa);
    gp_decref(sb);
    return r;
}

static bool is_setlike_view(gp_obj *o)
{
    return GP_TYPE(o) == &gp_dict_keys_type || GP_TYPE(o) == &gp_dict_items_type;
}

#define VIEW_OP(fname, op) \
    static gp_obj *fname(gp_obj *a, gp_obj *b) \
    { \
        if (!is_setlike_view(a) && !is_setlike_view(b)) return GP_NOTIMPLEMENTED; \
        if (!GP_TYPE(a)->iter || !GP_TYPE(b)->iter) return GP_NOTIMPLEMENTED; \
        return view_setop(a, b, op); \
    }
VIEW_OP(view_and, GP_OP_AND)
VIEW_OP(view_or, GP_OP_OR)
VIEW_OP(view_sub, GP_OP_SUB)
VIEW_OP(view_xor, GP_OP_XOR)

static gp_obj *view_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!is_setlike_view(a)) return GP_NOTIMPLEMENTED;
    if (!is_setlike_view(b) && !GP_TYPE_CHECK(b, &gp_set_type) && !GP_TYPE_CHECK(b, &gp_frozenset_type))
        return GP_NOTIMPLEMENTED;
    gp_obj *sa = gp_set_new(a), *sb = sa ? gp_set_new(b) : NULL;
    gp_obj *r = sb ? gp_richcompare(sa, sb, op) : NULL;
    gp_xdecref(sa);
    gp_xdecref(sb);
    return r;
}

static gp_obj *view_isdisjoint(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("dict.isdisjoint", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *it = gp_iter(args[0]);
    if (!it) return NULL;
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        int r = view_contains(self, x);
        gp_decref(x);
        if (r) { gp_decref(it); return r < 0 ? NULL : gp_bool_new(false); }
    }
    gp_decref(it);
    return gp_err_occurred() ? NULL : gp_bool_new(true);
}

static gp_obj *view_reversed(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *l = gp_list_from_iterable(self);
    if (!l) return NULL;
    gp_obj *r = gp_call1((gp_obj *)&gp_reversed_type, l);
    gp_decref(l);
    return r;
}

static gp_obj *view_get_mapping(gp_obj *self) { return gp_incref(((dict_view *)self)->dict); }

static const gp_methoddef view_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const gp_getsetdef view_getsets[] = {
    {"mapping", view_get_mapping, NULL},
    {NULL, NULL, NULL},
};

#define VIEW_TYPE(var, pyname, setops) \
    gp_type var = { \
        .base = GP_STATIC_HEAD(&gp_type_type), .name = pyname, .basicsize = sizeof(dict_view), \
        .dealloc = view_dealloc, .repr = view_repr, .iter = view_iter, .len = view_len, \
        .contains = view_contains, .methods = view_methods, .getsets = view_getsets, setops \
    };
#define SETOPS .richcompare = view_richcompare, \
    .nb = {[GP_OP_AND] = view_and, [GP_OP_OR] = view_or, [GP_OP_SUB] = view_sub, [GP_OP_XOR] = view_xor}
#define NOOPS .flags = 0
VIEW_TYPE(gp_dict_keys_type, "dict_keys", SETOPS)
VIEW_TYPE(gp_dict_items_type, "dict_items", SETOPS)
VIEW_TYPE(gp_dict_values_type, "dict_values", NOOPS)

static gp_obj *view_new(gp_obj *d, gp_type *t)
{
    dict_view *v = (dict_view *)gp_obj_alloc(t);
    if (!v) return NULL;
    v->dict = gp_incref(d);
    return (gp_obj *)v;
}

/* ---- methods ------------------------------------------------------------------------------------ */

static gp_obj *dict_keys(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("keys", nargs, kw, 0, 0) < 0) return NULL;
    return view_new(self, &gp_dict_keys_type);
}

static gp_obj *dict_values(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("values", nargs, kw, 0, 0) < 0) return NULL;
    return view_new(self, &gp_dict_values_type);
}

static gp_obj *dict_items(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("items", nargs, kw, 0, 0) < 0) return NULL;
    return view_new(self, &gp_dict_items_type);
}

static gp_obj *dict_get_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("get", nargs, kw, 1, 2) < 0) return NULL;
    gp_obj *v = gp_dict_get(self, args[0]);
    if (v) return gp_incref(v);
    if (gp_err_occurred()) return NULL;
    return gp_incref(nargs > 1 ? args[1] : gp_None);
}

static gp_obj *dict_setdefault(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("setdefault", nargs, kw, 1, 2) < 0) return NULL;
    gp_obj *v = gp_dict_get(self, args[0]);
    if (v) return gp_incref(v);
    if (gp_err_occurred()) return NULL;
    gp_obj *dflt = nargs > 1 ? args[1] : gp_None;
    if (gp_dict_set(self, args[0], dflt) < 0) return NULL;
    return gp_incref(dflt);
}

static gp_obj *dict_pop(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("pop", nargs, kw, 1, 2) < 0) return NULL;
    gp_obj *v = gp_dict_pop_item(self, args[0]);
    if (v || gp_err_occurred()) return v;
    if (nargs > 1) return gp_incref(args[1]);
    gp_err_set_key(args[0]);
    return NULL;
}

static gp_obj *dict_popitem(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("popitem", nargs, kw, 0, 0) < 0) return NULL;
    gp_dict *d = (gp_dict *)self;
    dtable *t = d->table;
    if (!d->used || !t) {
        gp_obj *msg = gp_str_from_cstr("popitem(): dictionary is empty");
        if (msg) { gp_err_set_key(msg); gp_decref(msg); }
        return NULL;
    }
    gp_ssize i = t->nentries - 1;
    while (i >= 0 && !t->entries[i].key) i--;
    gp_obj *k = gp_incref(t->entries[i].key);
    gp_obj *v = gp_dict_pop_item(self, k);
    gp_obj *r = v ? gp_tuple_pack(2, k, v) : NULL;
    gp_decref(k);
    gp_xdecref(v);
    /* trailing deleted entries can be reused */
    t = d->table;
    while (t && t->nentries > 0 && !t->entries[t->nentries - 1].key && d->used == 0) t->nentries--;
    return r;
}

static gp_obj *dict_update_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (nargs > 1) return gp_err_format(gp_exc_TypeError, "update expected at most 1 argument, got %zu", nargs);
    if (nargs && gp_dict_update(self, args[0]) < 0) return NULL;
    gp_ssize nk = kw ? GP_TUPLE_SIZE(kw) : 0;
    for (gp_ssize i = 0; i < nk; i++)
        if (gp_dict_set(self, GP_TUPLE_GET(kw, i), args[nargs + (size_t)i]) < 0) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *dict_copy_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("copy", nargs, kw, 0, 0) < 0) return NULL;
    return gp_dict_copy(self);
}

static gp_obj *dict_clear_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("clear", nargs, kw, 0, 0) < 0) return NULL;
    gp_dict_clear_all(self);
    return GP_NONE_NEW();
}

static gp_obj *dict_fromkeys(gp_obj *cls, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("fromkeys", nargs, kw, 1, 2) < 0) return NULL;
    gp_obj *d = gp_call0(cls);
    if (!d) return NULL;
    gp_obj *val = nargs > 1 ? args[1] : gp_None;
    gp_obj *it = gp_iter(args[0]);
    if (!it) { gp_decref(d); return NULL; }
    gp_obj *k;
    while ((k = gp_iternext(it))) {
        int r = gp_setitem(d, k, val);
        gp_decref(k);
        if (r < 0) break;
    }
    gp_decref(it);
    if (gp_err_occurred()) { gp_decref(d); return NULL; }
    return d;
}

static gp_obj *dict_contains_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("dict.__contains__", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *v = gp_dict_get(self, args[0]);
    if (!v && gp_err_occurred()) return NULL;
    return gp_bool_new(v != NULL);
}

static gp_obj *dict_reversed_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *keys = gp_dict_keys_list(self);
    if (!keys) return NULL;
    gp_obj *r = gp_call1((gp_obj *)&gp_reversed_type, keys);
    gp_decref(keys);
    return r;
}

const gp_methoddef gp_dict_methods[] = {
    {"keys", dict_keys, 0, NULL},
    {"values", dict_values, 0, NULL},
    {"items", dict_items, 0, NULL},
    {"get", dict_get_m, 0, NULL},
    {"setdefault", dict_setdefault, 0, NULL},
    {"pop", dict_pop, 0, NULL},
    {"popitem", dict_popitem, 0, NULL},
    {"update", dict_update_m, 0, NULL},
    {"copy", dict_copy_m, 0, NULL},
    {"clear", dict_clear_m, 0, NULL},
    {"fromkeys", dict_fromkeys, GP_METH_CLASS, NULL},
    {"__contains__", dict_contains_m, 0, NULL},
    {"__reversed__", dict_reversed_m, 0, NULL},
    {NULL, NULL, 0, NULL},
};
