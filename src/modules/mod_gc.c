/*
 * mod_gc.c — the gc module over the cycle collector (src/objects/gc.c,
 * docs/gc.md): collect, enable/disable/isenabled, get_count,
 * get_threshold/set_threshold (one generation: the other two values are
 * accepted and reported as CPython's defaults), is_tracked, is_finalized,
 * get_objects, get_referents, get_referrers, and the garbage / callbacks
 * lists (garbage stays empty: PEP 442; callbacks are not called).
 */
#include "vm.h"
#include "gc.h"

/* collect(generation=2): one generation in gilpy, so every valid value
 * collects everything. */
static gp_obj *g_collect(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self;
    static const char *const names[] = {"generation", NULL};
    gp_obj *gen = NULL;
    if (gp_parse_args("collect", args, nargs, kwnames, names, 1, 0, &gen) < 0) return NULL;
    if (gen) {
        if (!GP_INT_CHECK(gen)) {
            gp_err_format(gp_exc_TypeError, "'%s' object cannot be interpreted as an integer", gp_type_name(GP_TYPE(gen)));
            return NULL;
        }
        gp_ssize g = gp_int_as_ssize(gen);
        if (g == -1 && gp_err_occurred()) return NULL;
        if (g < 0 || g > 2) return gp_err_set_str(gp_exc_ValueError, "invalid generation");
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
    (void)self;
    static const char *const names[] = {"generation", NULL};
    gp_obj *gen = NULL;
    if (gp_parse_args("get_objects", args, nargs, kwnames, names, 1, 0, &gen) < 0) return NULL;
    if (gen && gen != gp_None) {
        if (!GP_INT_CHECK(gen)) {
            gp_err_format(gp_exc_TypeError, "'%s' object cannot be interpreted as an integer", gp_type_name(GP_TYPE(gen)));
            return NULL;
        }
        gp_ssize g = gp_int_as_ssize(gen);
        if (g == -1 && gp_err_occurred()) return NULL;
        if (g >= 3)
            return gp_err_set_str(gp_exc_ValueError,
                                  "generation parameter must be less than the number of available generations (3)");
        if (g < -1) return gp_err_set_str(gp_exc_ValueError, "generation parameter cannot be negative");
    }
    return gp_gc_get_objects();
}

static gp_obj *g_is_finalized(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self;
    if (gp_check_nargs("is_finalized", nargs, kwnames, 1, 1) < 0) return NULL;
    return gp_bool_new(gp_gc_finalized(args[0]));
}

static gp_obj *g_get_referents(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self;
    if (gp_check_nargs("get_referents", nargs, kwnames, 0, (size_t)-1 >> 1) < 0) return NULL;
    gp_obj *l = gp_list_new(0);
    for (size_t i = 0; l && i < nargs; i++)
        if (gp_gc_referents(args[i], l) < 0) GP_CLEAR(l);
    return l;
}

static gp_obj *g_get_referrers(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    (void)self;
    if (gp_check_nargs("get_referrers", nargs, kwnames, 0, (size_t)-1 >> 1) < 0) return NULL;
    return gp_gc_referrers(args, nargs);
}

static const gp_methoddef gc_functions[] = {
    {"collect", g_collect, 0, NULL}, {"enable", g_enable, 0, NULL}, {"disable", g_disable, 0, NULL},
    {"isenabled", g_isenabled, 0, NULL}, {"get_count", g_get_count, 0, NULL},
    {"get_threshold", g_get_threshold, 0, NULL}, {"set_threshold", g_set_threshold, 0, NULL},
    {"is_tracked", g_is_tracked, 0, NULL}, {"get_objects", g_get_objects, 0, NULL},
    {"is_finalized", g_is_finalized, 0, NULL}, {"get_referents", g_get_referents, 0, NULL},
    {"get_referrers", g_get_referrers, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_gc_init(void) {
    gp_obj *m = gp_module_new("gc");
    if (!m) return NULL;
    if (gp_module_add_functions(m, gc_functions) < 0) { gp_decref(m); return NULL; }
    /* PEP 442: uncollectable cycles do not exist, so garbage stays empty */
    static const char *const lists[] = {"garbage", "callbacks"};
    for (int i = 0; i < 2; i++) {
        gp_obj *l = gp_list_new(0);
        int r = l ? gp_module_add_object(m, lists[i], l) : -1;
        gp_xdecref(l);
        if (r < 0) { gp_decref(m); return NULL; }
    }
    gp_obj *c;
    static const char *const consts[] = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"};
    static const int vals[] = {1, 2, 4, 32, 38};
    for (int i = 0; i < 5; i++) {
        c = gp_int_from_i64(vals[i]);
        int r = c ? gp_module_add_object(m, consts[i], c) : -1;
        gp_xdecref(c);
        if (r < 0) { gp_decref(m); return NULL; }
    }
    return m;
}
