/*
 * obj_cfunc.c — builtin functions and methods: a C function from a
 * gp_methoddef table bound to an optional self (a module for module
 * functions, an instance or type for bound methods).
 */
#include "types.h"
#include "internal.h"

gp_obj *gp_cfunc_new(const gp_methoddef *def, gp_obj *self, gp_obj *module)
{
    gp_cfunc *f = (gp_cfunc *)gp_obj_alloc(&gp_cfunc_type);
    if (!f) return NULL;
    f->def = def;
    f->self = gp_xincref(self);
    f->module = gp_xincref(module);
    return (gp_obj *)f;
}

static void cfunc_dealloc(gp_obj *o)
{
    gp_cfunc *f = (gp_cfunc *)o;
    gp_xdecref(f->self);
    gp_xdecref(f->module);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): what cfunc_dealloc drops (no clear). */
static void cfunc_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_cfunc *f = (gp_cfunc *)o;
    if (f->self) visit(f->self, arg);
    if (f->module) visit(f->module, arg);
}

static gp_obj *cfunc_call(gp_obj *o, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    gp_cfunc *f = (gp_cfunc *)o;
    return f->def->fn(f->self, args, nargs, kwnames);
}

static bool is_function_like(gp_cfunc *f)
{
    return !f->self || GP_TYPE(f->self) == &gp_module_type || (f->def->flags & GP_METH_STATIC);
}

static gp_obj *cfunc_repr(gp_obj *o)
{
    gp_cfunc *f = (gp_cfunc *)o;
    if (is_function_like(f)) return gp_str_from_format("<built-in function %s>", f->def->name);
    return gp_str_from_format("<built-in method %s of %T object at %p>", f->def->name, f->self, (void *)f->self);
}

static gp_obj *cfunc_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (GP_TYPE(a) != &gp_cfunc_type || GP_TYPE(b) != &gp_cfunc_type || (op != GP_EQ && op != GP_NE))
        return GP_NOTIMPLEMENTED;
    gp_cfunc *x = (gp_cfunc *)a, *y = (gp_cfunc *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return gp_bool_new(op == GP_EQ ? eq : !eq);
}

static gp_hash cfunc_hash(gp_obj *o)
{
    gp_cfunc *f = (gp_cfunc *)o;
    gp_hash h = (gp_hash)((uintptr_t)f->def >> 4) ^ (f->self ? gp_hash_pointer(f->self) : 0);
    return h == -1 ? -2 : h;
}

static gp_obj *get_name(gp_obj *o) { return gp_str_from_cstr(((gp_cfunc *)o)->def->name); }

static gp_obj *get_qualname(gp_obj *o)
{
    gp_cfunc *f = (gp_cfunc *)o;
    if (is_function_like(f)) return get_name(o);
    gp_type *t = GP_HAS_FLAG(f->self, GP_TF_TYPE_SUB) ? (gp_type *)f->self : GP_TYPE(f->self);
    return gp_str_from_format("%s.%s", gp_type_name(t), f->def->name);
}

static gp_obj *get_self(gp_obj *o)
{
    gp_cfunc *f = (gp_cfunc *)o;
    return gp_incref(f->self ? f->self : gp_None);
}

static gp_obj *get_module(gp_obj *o)
{
    gp_cfunc *f = (gp_cfunc *)o;
    if (f->module && GP_TYPE(f->module) == &gp_module_type) return gp_incref(((gp_module *)f->module)->name);
    return GP_NONE_NEW();
}

static gp_obj *get_doc(gp_obj *o)
{
    const char *d = ((gp_cfunc *)o)->def->doc;
    return d ? gp_str_from_cstr(d) : GP_NONE_NEW();
}

static const gp_getsetdef cfunc_getsets[] = {
    {"__name__", get_name, NULL},
    {"__qualname__", get_qualname, NULL},
    {"__self__", get_self, NULL},
    {"__module__", get_module, NULL},
    {"__doc__", get_doc, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_cfunc_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(gp_cfunc),
    .flags = GP_TF_GC,
    .gc_traverse = cfunc_traverse,
    .dealloc = cfunc_dealloc,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .call = cfunc_call,
    .getsets = cfunc_getsets,
};
