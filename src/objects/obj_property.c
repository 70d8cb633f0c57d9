/*
 * obj_property.c — property, staticmethod and classmethod: the three
 * descriptor types that class bodies use through decorators.
 */
#include "types.h"
#include "internal.h"

/* getter_doc: doc was taken from fget, so .getter() replaces it too */
typedef struct { gp_obj base; gp_obj *fget, *fset, *fdel, *doc, *name; bool getter_doc; } property;
typedef struct { gp_obj base; gp_obj *func; gp_obj *dict; } func_wrapper; /* staticmethod, classmethod */

static void property_dealloc(gp_obj *o)
{
    property *p = (property *)o;
    GP_CLEAR(p->fget); GP_CLEAR(p->fset); GP_CLEAR(p->fdel); GP_CLEAR(p->doc); GP_CLEAR(p->name);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): what property_dealloc drops. */
static void property_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    property *p = (property *)o;
    gp_obj *refs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    gp_gc_visit_array(refs, 5, visit, arg);
}

static void property_clear(gp_obj *o)
{
    property *p = (property *)o;
    GP_CLEAR(p->fget); GP_CLEAR(p->fset); GP_CLEAR(p->fdel); GP_CLEAR(p->doc); GP_CLEAR(p->name);
}

static gp_obj *none_to_null(gp_obj *o) { return o && o != gp_None ? gp_incref(o) : NULL; }

static int property_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    gp_obj *a[4];
    if (gp_parse_args("property", args, nargs, kw, names, 4, 0, a) < 0) return -1;
    property *p = (property *)self;
    GP_SETREF(p->fget, none_to_null(a[0]));
    GP_SETREF(p->fset, none_to_null(a[1]));
    GP_SETREF(p->fdel, none_to_null(a[2]));
    GP_SETREF(p->doc, none_to_null(a[3]));
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        gp_obj *d = gp_getattr_opt(p->fget, gp_str_intern_cstr("__doc__"));
        if (!d && gp_err_occurred()) return -1;
        GP_SETREF(p->doc, d && d != gp_None ? d : NULL);
        if (d == gp_None) gp_decref(d);
        p->getter_doc = p->doc != NULL;
    }
    /* In a subclass the class's own __doc__ (None without a docstring)
     * hides the getset, so the doc goes to the instance dict, as in CPython. */
    if (GP_TYPE(self) != &gp_property_type && p->doc &&
        gp_setattr(self, gp_str_intern_cstr("__doc__"), p->doc) < 0)
        return -1;
    return 0;
}

static gp_obj *property_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_obj_alloc(t);
}


static gp_obj *property_get(gp_obj *o, gp_obj *obj, gp_obj *type)
{
    property *p = (property *)o;
    if (!obj) return gp_incref(o);
    if (!p->fget) {
        /* the name is known once __set_name__ ran (assigned in a class body) */
        if (!p->name) return gp_err_format(gp_exc_AttributeError, "property of '%T' object has no getter", obj);
        return gp_err_format(gp_exc_AttributeError, "property %R of '%T' object has no getter", p->name, obj);
    }
    return gp_call1(p->fget, obj);
}

static int property_set(gp_obj *o, gp_obj *obj, gp_obj *v)
{
    property *p = (property *)o;
    gp_obj *f = v ? p->fset : p->fdel;
    if (!f) {
        if (!p->name)
            gp_err_format(gp_exc_AttributeError, "property of '%T' object has no %s", obj, v ? "setter" : "deleter");
        else
            gp_err_format(gp_exc_AttributeError, "property %R of '%T' object has no %s", p->name, obj,
                          v ? "setter" : "deleter");
        return -1;
    }
    gp_obj *args[2] = {obj, v};
    gp_obj *r = gp_call(f, args, v ? 2 : 1, NULL);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static gp_obj *property_copy(gp_obj *self, int which, gp_obj *f)
{
    property *p = (property *)self;
    gp_obj *args[4] = {p->fget ? p->fget : gp_None, p->fset ? p->fset : gp_None,
                       p->fdel ? p->fdel : gp_None, p->doc ? p->doc : gp_None};
    args[which] = f;
    /* a doc that came from the getter is taken again from the (new) getter */
    if (p->getter_doc && args[0] != gp_None) args[3] = gp_None;
    gp_obj *r = gp_call((gp_obj *)GP_TYPE(self), args, 4, NULL);
    if (r && GP_TYPE_CHECK(r, &gp_property_type) && p->name)
        GP_SETREF(((property *)r)->name, gp_incref(p->name));
    return r;
}

static gp_obj *property_getter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("getter", nargs, kw, 1, 1) < 0) return NULL;
    return property_copy(self, 0, args[0]);
}
static gp_obj *property_setter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("setter", nargs, kw, 1, 1) < 0) return NULL;
    return property_copy(self, 1, args[0]);
}
static gp_obj *property_deleter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("deleter", nargs, kw, 1, 1) < 0) return NULL;
    return property_copy(self, 2, args[0]);
}
static gp_obj *property_set_name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__set_name__", nargs, kw, 2, 2) < 0) return NULL;
    GP_SETREF(((property *)self)->name, gp_incref(args[1]));
    return GP_NONE_NEW();
}

static gp_obj *nn(gp_obj *o) { return gp_incref(o ? o : gp_None); }
static gp_obj *p_fget(gp_obj *o) { return nn(((property *)o)->fget); }
static gp_obj *p_fset(gp_obj *o) { return nn(((property *)o)->fset); }
static gp_obj *p_fdel(gp_obj *o) { return nn(((property *)o)->fdel); }
static gp_obj *p_doc(gp_obj *o) { return nn(((property *)o)->doc); }
static int p_set_doc(gp_obj *o, gp_obj *v)
{
    GP_SETREF(((property *)o)->doc, gp_xincref(v));
    ((property *)o)->getter_doc = false;
    return 0;
}

/* abc.abstractmethod under @property: abstract if any accessor is. */
static gp_obj *p_isabstract(gp_obj *o)
{
    property *p = (property *)o;
    gp_obj *fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fs[i]) continue;
        gp_obj *v = gp_getattr_opt(fs[i], gp_str_intern_cstr("__isabstractmethod__"));
        if (!v) {
            if (gp_err_occurred()) return NULL;
            continue;
        }
        int t = gp_truthy(v);
        gp_decref(v);
        if (t < 0) return NULL;
        if (t) return gp_incref(gp_True);
    }
    return gp_incref(gp_False);
}

static const gp_methoddef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const gp_getsetdef property_getsets[] = {
    {"fget", p_fget, NULL}, {"fset", p_fset, NULL}, {"fdel", p_fdel, NULL}, {"__doc__", p_doc, p_set_doc},
    {"__isabstractmethod__", p_isabstract, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_property_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "property",
    .basicsize = sizeof(property),
    .flags = GP_TF_BASETYPE | GP_TF_GC,
    .gc_traverse = property_traverse,
    .gc_clear = property_clear,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .tp_new = property_new,
    .tp_init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- staticmethod / classmethod ----------------------------------------------------------- */

static void fw_dealloc(gp_obj *o)
{
    GP_CLEAR(((func_wrapper *)o)->func);
    GP_CLEAR(((func_wrapper *)o)->dict);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): what fw_dealloc drops. */
static void fw_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    func_wrapper *w = (func_wrapper *)o;
    if (w->func) visit(w->func, arg);
    if (w->dict) visit(w->dict, arg);
}

static void fw_clear(gp_obj *o)
{
    GP_CLEAR(((func_wrapper *)o)->func);
    GP_CLEAR(((func_wrapper *)o)->dict);
}

static gp_obj *fw_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_obj_alloc(t);
}

static int fw_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    const char *n = GP_TYPE_CHECK(self, &gp_staticmethod_type) ? "staticmethod" : "classmethod";
    if (gp_check_nargs(n, nargs, kw, 1, 1) < 0) return -1;
    GP_SETREF(((func_wrapper *)self)->func, gp_incref(args[0]));
    return 0;
}

static gp_obj *fw_func(gp_obj *o)
{
    gp_obj *f = ((func_wrapper *)o)->func;
    return gp_incref(f ? f : gp_None);
}

static gp_obj *fw_repr(gp_obj *o)
{
    return gp_str_from_format("<%s(%R)>", GP_TYPE(o)->name, ((func_wrapper *)o)->func ? ((func_wrapper *)o)->func : gp_None);
}

static gp_obj *fw_getattro(gp_obj *o, gp_obj *name)
{
    gp_obj *r = gp_obj_generic_getattr(o, name);
    if (r || !gp_err_matches(gp_exc_AttributeError) || !((func_wrapper *)o)->func) return r;
    /* __name__, __doc__, __qualname__ ... come from the wrapped function */
    gp_obj *saved = gp_err_fetch();
    r = gp_getattr(((func_wrapper *)o)->func, name);
    if (r) gp_xdecref(saved);
    else { gp_err_clear(); gp_err_restore(saved); }
    return r;
}

static const gp_getsetdef fw_getsets[] = {
    {"__func__", fw_func, NULL},
    {"__wrapped__", fw_func, NULL},
    {NULL, NULL, NULL},
};

static gp_obj *staticmethod_get(gp_obj *o, gp_obj *obj, gp_obj *type)
{
    gp_obj *f = ((func_wrapper *)o)->func;
    if (!f) return gp_err_set_str(gp_exc_RuntimeError, "uninitialized staticmethod object");
    return gp_incref(f);
}

static gp_obj *staticmethod_call(gp_obj *o, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_call(((func_wrapper *)o)->func, args, nargs, kw);
}

gp_type gp_staticmethod_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "staticmethod",
    .basicsize = sizeof(func_wrapper),
    .flags = GP_TF_BASETYPE | GP_TF_GC,
    .gc_traverse = fw_traverse,
    .gc_clear = fw_clear,
    .dictoffset = offsetof(func_wrapper, dict),
    .dealloc = fw_dealloc,
    .repr = fw_repr,
    .getattr = fw_getattro,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .tp_new = fw_new,
    .tp_init = fw_init,
    .getsets = fw_getsets,
};

static gp_obj *classmethod_get(gp_obj *o, gp_obj *obj, gp_obj *type)
{
    gp_obj *f = ((func_wrapper *)o)->func;
    if (!f) return gp_err_set_str(gp_exc_RuntimeError, "uninitialized classmethod object");
    if (!type) type = (gp_obj *)GP_TYPE(obj);
    /* 3.9-3.12: a wrapped descriptor is bound to the class (classmethod
     * over property); for a function that is the usual bound method */
    gp_descrgetfn get = GP_TYPE(f)->descr_get;
    if (get) return get(f, type, type);
    return gp_method_new(f, type);
}

gp_type gp_classmethod_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "classmethod",
    .basicsize = sizeof(func_wrapper),
    .flags = GP_TF_BASETYPE | GP_TF_GC,
    .gc_traverse = fw_traverse,
    .gc_clear = fw_clear,
    .dictoffset = offsetof(func_wrapper, dict),
    .dealloc = fw_dealloc,
    .repr = fw_repr,
    .getattr = fw_getattro,
    .descr_get = classmethod_get,
    .tp_new = fw_new,
    .tp_init = fw_init,
    .getsets = fw_getsets,
};
