/*
 * mod_weakref.c — the _weakref module: ref and proxy over weak
 * references (src/objects/weakref.c), getweakrefcount, getweakrefs and
 * the dict helper of WeakValueDictionary. lib/weakref.py builds the rest.
 */
#include "vm.h"
#include "weakref.h"

static gp_obj *w_getweakrefcount(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)self;
    if (gp_check_nargs("_weakref.getweakrefcount", nargs, kwnames, 1, 1) < 0) return NULL;
    return gp_int_from_i64(gp_weakref_count(args[0]));
}

static gp_obj *w_getweakrefs(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)self;
    if (gp_check_nargs("_weakref.getweakrefs", nargs, kwnames, 1, 1) < 0) return NULL;
    return gp_weakref_list(args[0]);
}

static gp_obj *w_proxy(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)self;
    if (kwnames && GP_TUPLE_SIZE(kwnames)) return gp_err_set_str(gp_exc_TypeError, "_weakref.proxy() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return gp_err_format(gp_exc_TypeError, "proxy expected at %s, got %zu",
                             nargs < 1 ? "least 1 argument" : "most 2 arguments", nargs);
    return gp_weakref_proxy_new(args[0], nargs > 1 ? args[1] : NULL);
}

/* _remove_dead_weakref(dict, key): del dict[key] if its value is a dead
 * weak reference (a WeakValueDictionary entry whose callback fired late). */
static gp_obj *w_remove_dead(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)self;
    if (gp_check_nargs("_remove_dead_weakref", nargs, kwnames, 2, 2) < 0) return NULL;
    if (!GP_DICT_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", args[0]);
    gp_obj *v = gp_dict_get(args[0], args[1]);
    if (!v) {
        if (gp_err_occurred()) return NULL;
        return GP_NONE_NEW();
    }
    if (gp_weakref_check(v) && !gp_weakref_get(v) && gp_dict_del(args[0], args[1]) < 0) {
        if (!gp_err_matches(gp_exc_KeyError)) return NULL;
        gp_err_clear();
    }
    return GP_NONE_NEW();
}

static const gp_methoddef weakref_functions[] = {
    {"getweakrefcount", w_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", w_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", w_proxy, 0, "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", w_remove_dead, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_weakref_init(void)
{
    gp_obj *m = gp_module_new("_weakref");
    if (!m) return NULL;
    if (gp_module_add_functions(m, weakref_functions) < 0 ||
        gp_module_add_object(m, "ref", (gp_obj *)&gp_weakref_type) < 0 ||
        gp_module_add_object(m, "ReferenceType", (gp_obj *)&gp_weakref_type) < 0 ||
        gp_module_add_object(m, "ProxyType", (gp_obj *)&gp_weakproxy_type) < 0 ||
        gp_module_add_object(m, "CallableProxyType", (gp_obj *)&gp_weakcallproxy_type) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
