/*
 * mod_gc.c — the gc module over the cycle collector (src/objects/gc.c,
 * docs/gc.md): collect, enable/disable/isenabled, get_count,
 * get_threshold/set_threshold (one generation: the other two values are
 * accepted and reported as CPython's defaults), is_tracked, get_objects.
 */
#include "vm.h"
#include "gc.h"

static gp_obj *g_collect(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self;
    if (gp_check_nargs("collect", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs && !GP_INT_CHECK(args[0])) {
        gp_err_format(gp_exc_TypeError, "'%s' object cannot be interpreted as an integer", gp_type_name(GP_TYPE(args[0])));
        return NULL;
    }
    return gp_int_from_i64(gp_gc_collect());
}

static gp_obj *g_enable(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self; (void)args;
    if (gp_check_nargs("enable", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_gc_set_enabled(true);
    return GP_NONE_NEW();
}

static gp_obj *g_disable(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self; (void)args;
    if (gp_check_nargs("disable", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_gc_set_enabled(false);
    return GP_NONE_NEW();
}

static gp_obj *g_isenabled(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self; (void)args;
    if (gp_check_nargs("isenabled", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_bool_new(gp_gc_enabled());
}

static gp_obj *g_get_count(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self; (void)args;
    if (gp_check_nargs("get_count", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_obj *a = gp_int_from_i64(gp_gc_get_count()), *z = gp_int_from_i64(0);
    gp_obj *r = a && z ? gp_tuple_pack(3, a, z, z) : NULL;
    gp_xdecref(a); gp_xdecref(z);
    return r;
}

static gp_obj *g_get_threshold(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self; (void)args;
    if (gp_check_nargs("get_threshold", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_obj *a = gp_int_from_i64(gp_gc_get_threshold()), *b = gp_int_from_i64(10);
    gp_obj *r = a && b ? gp_tuple_pack(3, a, b, b) : NULL;
    gp_xdecref(a); gp_xdecref(b);
    return r;
}

static gp_obj *g_set_threshold(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self;
    if (gp_check_nargs("set_threshold", nargs, kwnames, 1, 3) < 0) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!GP_INT_CHECK(args[i])) {
            gp_err_format(gp_exc_TypeError, "'%s' object cannot be interpreted as an integer", gp_type_name(GP_TYPE(args[i])));
            return NULL;
        }
    gp_ssize t = gp_int_as_ssize(args[0]);
    if (t == -1 && gp_err_occurred()) return NULL;
    gp_gc_set_threshold(t);
    return GP_NONE_NEW();
}

static gp_obj *g_is_tracked(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self;
    if (gp_check_nargs("is_tracked", nargs, kwnames, 1, 1) < 0) return NULL;
    return gp_bool_new(gp_gc_is_tracked(args[0]));
}

static gp_obj *g_get_objects(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self; (void)args;
    if (gp_check_nargs("get_objects", nargs, kwnames, 0, 1) < 0) return NULL;
    return gp_gc_get_objects();
}

static const gp_methoddef gc_functions[] = {
    {"collect", g_collect, 0, NULL}, {"enable", g_enable, 0, NULL}, {"disable", g_disable, 0, NULL},
    {"isenabled", g_isenabled, 0, NULL}, {"get_count", g_get_count, 0, NULL},
    {"get_threshold", g_get_threshold, 0, NULL}, {"set_threshold", g_set_threshold, 0, NULL},
    {"is_tracked", g_is_tracked, 0, NULL}, {"get_objects", g_get_objects, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_gc_init(void) {
    gp_obj *m = gp_module_new("gc");
    if (!m) return NULL;
    if (gp_module_add_functions(m, gc_functions) < 0) { gp_decref(m); return NULL; }
    return m;
}
