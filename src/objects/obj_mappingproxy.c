/*
 * obj_mappingproxy.c — mappingproxy, the read-only view that C.__dict__
 * returns (and types.MappingProxyType): lookups, iteration and the
 * read-only dict methods go to the wrapped mapping; there is no way to
 * assign through it, so class dicts only change through setattr, which
 * keeps the type's slots in step.  Not tracked by the cycle collector: a
 * proxy only refers to its mapping, which cannot refer back to it unless a
 * program stores the proxy inside the very dict it wraps.
 */
#include "types.h"
#include "internal.h"

typedef struct { gp_obj base; gp_obj *mapping; } mappingproxy;

static gp_obj *mp_wrapped(gp_obj *o) { return ((mappingproxy *)o)->mapping; }

gp_obj *gp_mappingproxy_new(gp_obj *mapping)
{
    mappingproxy *p = (mappingproxy *)gp_obj_alloc(&gp_mappingproxy_type);
    if (!p) return NULL;
    p->mapping = gp_incref(mapping);
    return (gp_obj *)p;
}

static gp_obj *mp_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"mapping", NULL};
    gp_obj *a[1];
    if (gp_parse_args("mappingproxy", args, nargs, kw, names, 1, 1, a) < 0) return NULL;
    gp_type *mt = GP_TYPE(a[0]);
    /* CPython's test: a mapping, not a sequence */
    if (!mt->getitem || GP_LIST_CHECK(a[0]) || GP_TUPLE_CHECK(a[0]))
        return gp_err_format(gp_exc_TypeError, "mappingproxy() argument must be a mapping, not %T", a[0]);
    return gp_mappingproxy_new(a[0]);
}

static void mp_dealloc(gp_obj *o)
{
    GP_CLEAR(((mappingproxy *)o)->mapping);
    gp_obj_free(o);
}

static gp_obj *mp_repr(gp_obj *o) { return gp_str_from_format("mappingproxy(%R)", mp_wrapped(o)); }
static gp_obj *mp_str(gp_obj *o) { return gp_str(mp_wrapped(o)); }
static gp_obj *mp_getitem(gp_obj *o, gp_obj *key) { return gp_getitem(mp_wrapped(o), key); }
static gp_ssize mp_len(gp_obj *o) { return gp_len(mp_wrapped(o)); }
static gp_obj *mp_iter(gp_obj *o) { return gp_iter(mp_wrapped(o)); }
static int mp_contains(gp_obj *o, gp_obj *key) { return gp_contains(mp_wrapped(o), key); }

static gp_obj *mp_richcompare(gp_obj *a, gp_obj *b, int op)
{
    return gp_richcompare(mp_wrapped(a), b, op);
}

static gp_obj *mp_or(gp_obj *a, gp_obj *b)
{
    /* proxy | x and x | proxy work on the wrapped mapping */
    if (GP_TYPE(a) == &gp_mappingproxy_type) a = mp_wrapped(a);
    if (GP_TYPE(b) == &gp_mappingproxy_type) b = mp_wrapped(b);
    return gp_binop(a, b, GP_OP_OR);
}

static gp_obj *forward(gp_obj *self, const char *name, gp_obj *const *args, size_t nargs)
{
    return gp_call_method(mp_wrapped(self), name, args, nargs);
}

static gp_obj *mp_keys(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("keys", nargs, kw, 0, 0) < 0) return NULL;
    return forward(self, "keys", NULL, 0);
}
static gp_obj *mp_values(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("values", nargs, kw, 0, 0) < 0) return NULL;
    return forward(self, "values", NULL, 0);
}
static gp_obj *mp_items(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("items", nargs, kw, 0, 0) < 0) return NULL;
    return forward(self, "items", NULL, 0);
}
static gp_obj *mp_copy(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("copy", nargs, kw, 0, 0) < 0) return NULL;
    return forward(self, "copy", NULL, 0);
}
static gp_obj *mp_get(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("get", nargs, kw, 1, 2) < 0) return NULL;
    return forward(self, "get", args, nargs);
}
static gp_obj *mp_reversed(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__reversed__", nargs, kw, 0, 0) < 0) return NULL;
    return forward(self, "__reversed__", NULL, 0);
}

static const gp_methoddef mp_methods[] = {
    {"keys", mp_keys, 0, NULL},
    {"values", mp_values, 0, NULL},
    {"items", mp_items, 0, NULL},
    {"get", mp_get, 0, NULL},
    {"copy", mp_copy, 0, NULL},
    {"__reversed__", mp_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_mappingproxy_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "mappingproxy",
    .basicsize = sizeof(mappingproxy),
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .nb = {[GP_OP_OR] = mp_or},
    .tp_new = mp_new,
    .methods = mp_methods,
};
