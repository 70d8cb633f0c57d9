/*
 * obj_module.c — module objects: a namespace dict plus a name. Attribute
 * access goes through the dict (after type-level descriptors such as
 * __dict__), then a module-level __getattr__ if there is one.
 */
#include "types.h"
#include "internal.h"

/* Set by the import system (import.c): is this module's code still
 * running?  Then a missing attribute is most likely an import cycle. */
bool (*gp_module_initializing_hook)(gp_obj *module);

gp_obj *gp_module_new(const char *name)
{
    gp_module *m = (gp_module *)gp_obj_alloc(&gp_module_type);
    if (!m) return NULL;
    m->dict = gp_dict_new();
    m->name = gp_str_from_cstr(name);
    if (!m->dict || !m->name) { gp_decref((gp_obj *)m); return NULL; }
    if (gp_dict_set_cstr(m->dict, "__name__", m->name) < 0 || gp_dict_set_cstr(m->dict, "__doc__", gp_None) < 0 ||
        gp_dict_set_cstr(m->dict, "__package__", gp_None) < 0 ||
        gp_dict_set_cstr(m->dict, "__loader__", gp_None) < 0 || gp_dict_set_cstr(m->dict, "__spec__", gp_None) < 0) {
        gp_decref((gp_obj *)m);
        return NULL;
    }
    return (gp_obj *)m;
}

int gp_module_add_functions(gp_obj *module, const gp_methoddef *defs)
{
    for (const gp_methoddef *d = defs; d->name; d++) {
        gp_obj *f = gp_cfunc_new(d, module, module);
        if (!f) return -1;
        int r = gp_dict_set_cstr(GP_MODULE_DICT(module), d->name, f);
        gp_decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

int gp_module_add_object(gp_obj *module, const char *name, gp_obj *value)
{
    return gp_dict_set_cstr(GP_MODULE_DICT(module), name, value);
}

static void module_dealloc(gp_obj *o)
{
    gp_module *m = (gp_module *)o;
    GP_CLEAR(m->dict);
    GP_CLEAR(m->name);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): what module_dealloc drops. No clear:
 * the namespace dict is tracked and cleared itself when it is garbage. */
static void module_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_module *m = (gp_module *)o;
    if (m->dict) visit(m->dict, arg);
    if (m->name) visit(m->name, arg);
}

static gp_obj *module_repr(gp_obj *o)
{
    gp_module *m = (gp_module *)o;
    gp_obj *name = gp_dict_get_cstr(m->dict, "__name__");
    if (!name) name = m->name ? m->name : gp_str_intern_cstr("?");
    gp_obj *file = gp_dict_get_cstr(m->dict, "__file__");
    if (file) return gp_str_from_format("<module %R from %R>", name, file);
    return gp_str_from_format("<module %R (built-in)>", name);
}

static gp_obj *module_getattro(gp_obj *o, gp_obj *name)
{
    gp_module *m = (gp_module *)o;
    gp_obj *descr = gp_type_lookup(GP_TYPE(o), name);
    if (descr && GP_TYPE(descr)->descr_get && GP_TYPE(descr)->descr_set)
        return GP_TYPE(descr)->descr_get(descr, o, (gp_obj *)GP_TYPE(o));
    gp_obj *v = gp_dict_get_str(m->dict, name);
    if (v) return gp_incref(v);
    if (descr) return GP_TYPE(descr)->descr_get ? GP_TYPE(descr)->descr_get(descr, o, (gp_obj *)GP_TYPE(o)) : gp_incref(descr);
    gp_obj *ga = gp_dict_get_cstr(m->dict, "__getattr__");
    if (ga) return gp_call1(ga, name);
    gp_obj *mname = gp_dict_get_cstr(m->dict, "__name__");
    if (mname && GP_STR_CHECK(mname) && gp_module_initializing_hook && gp_module_initializing_hook(o))
        return gp_err_format(gp_exc_AttributeError,
                             "partially initialized module '%U' has no attribute '%U' "
                             "(most likely due to a circular import)", mname, name);
    if (mname && GP_STR_CHECK(mname))
        return gp_err_format(gp_exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    return gp_err_format(gp_exc_AttributeError, "module has no attribute '%U'", name);
}

static int module_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"name", "doc", NULL};
    gp_obj *a[2];
    if (gp_parse_args("module", args, nargs, kw, names, 2, 1, a) < 0) return -1;
    gp_module *m = (gp_module *)self;
    if (!m->dict && !(m->dict = gp_dict_new())) return -1;
    GP_SETREF(m->name, gp_incref(a[0]));
    if (gp_dict_set_cstr(m->dict, "__name__", a[0]) < 0) return -1;
    /* as CPython's module.__init__: the import-related names start as None */
    if (gp_dict_set_cstr(m->dict, "__package__", gp_None) < 0 || gp_dict_set_cstr(m->dict, "__loader__", gp_None) < 0 ||
        gp_dict_set_cstr(m->dict, "__spec__", gp_None) < 0)
        return -1;
    return gp_dict_set_cstr(m->dict, "__doc__", a[1] ? a[1] : gp_None);
}

static gp_obj *module_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_module *m = (gp_module *)gp_obj_alloc(t);
    if (m && !(m->dict = gp_dict_new())) { gp_decref((gp_obj *)m); return NULL; }
    return (gp_obj *)m;
}

static gp_obj *module_dir(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *custom = gp_dict_get_cstr(((gp_module *)self)->dict, "__dir__");
    if (custom) return gp_call0(custom);
    gp_obj *l = gp_dict_keys_list(((gp_module *)self)->dict);
    if (l && gp_list_sort(l, NULL, false) < 0) GP_CLEAR(l);
    return l;
}

static const gp_methoddef module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_module_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "module",
    .basicsize = sizeof(gp_module),
    .flags = GP_TF_BASETYPE | GP_TF_GC,
    .gc_traverse = module_traverse,
    .dictoffset = offsetof(gp_module, dict),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattro,
    .tp_new = module_new,
    .tp_init = module_init,
    .methods = module_methods,
};
