/*
 * obj_descr.c — descriptors: method descriptors (C methods in a type's
 * dict, bound on attribute access), getset descriptors, slot wrappers
 * (__add__, __init__, ... exposing a type's C slots to Python code) and
 * their bound form (method-wrapper), and the generic bound method.
 * property, staticmethod and classmethod are in obj_property.c.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"

/* ---- method descriptors ------------------------------------------------------------ */

extern gp_type gp_classmethod_descr_type;

gp_obj *gp_descr_new_method(gp_type *t, const gp_methoddef *m)
{
    /* Class and static methods get their own descriptor type, so that code
     * treating method_descriptor as "call with the instance prepended"
     * (the VM's LOAD_METHOD) never sees them. */
    gp_type *dt = m->flags & (GP_METH_CLASS | GP_METH_STATIC) ? &gp_classmethod_descr_type : &gp_method_descr_type;
    gp_method_descr *d = (gp_method_descr *)gp_obj_alloc(dt);
    if (!d) return NULL;
    d->type = t;
    d->def = m;
    return (gp_obj *)d;
}

static void descr_dealloc(gp_obj *o) { gp_obj_free(o); }

static gp_obj *method_descr_get(gp_obj *o, gp_obj *obj, gp_obj *type)
{
    gp_method_descr *d = (gp_method_descr *)o;
    if (d->def->flags & GP_METH_STATIC) return gp_cfunc_new(d->def, NULL, NULL);
    if (d->def->flags & GP_METH_CLASS) {
        gp_obj *cls = type ? type : (gp_obj *)GP_TYPE(obj);
        return gp_cfunc_new(d->def, cls, NULL);
    }
    if (!obj) return gp_incref(o);
    if (!GP_TYPE_CHECK(obj, d->type))
        return gp_err_format(gp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->def->name, gp_type_name(d->type), obj);
    return gp_cfunc_new(d->def, obj, NULL);
}

static gp_obj *method_descr_call(gp_obj *o, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_method_descr *d = (gp_method_descr *)o;
    if (d->def->flags & GP_METH_STATIC) return d->def->fn(NULL, args, nargs, kw);
    if (nargs < 1)
        return gp_err_format(gp_exc_TypeError, "unbound method %s.%s() needs an argument",
                             gp_type_name(d->type), d->def->name);
    if (d->def->flags & GP_METH_CLASS) {
        if (!GP_HAS_FLAG(args[0], GP_TF_TYPE_SUB) || !gp_type_is_subtype((gp_type *)args[0], d->type))
            return gp_err_format(gp_exc_TypeError, "descriptor '%s' for type '%s' needs a subtype of '%s'",
                                 d->def->name, gp_type_name(d->type), gp_type_name(d->type));
    } else if (!GP_TYPE_CHECK(args[0], d->type)) {
        return gp_err_format(gp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->def->name, gp_type_name(d->type), args[0]);
    }
    return d->def->fn(args[0], args + 1, nargs - 1, kw);
}

static gp_obj *method_descr_repr(gp_obj *o)
{
    gp_method_descr *d = (gp_method_descr *)o;
    return gp_str_from_format("<method '%s' of '%s' objects>", d->def->name, gp_type_name(d->type));
}

static gp_obj *md_get_name(gp_obj *o) { return gp_str_from_cstr(((gp_method_descr *)o)->def->name); }
static gp_obj *md_get_qualname(gp_obj *o)
{
    gp_method_descr *d = (gp_method_descr *)o;
    return gp_str_from_format("%s.%s", gp_type_name(d->type), d->def->name);
}
static gp_obj *md_get_objclass(gp_obj *o) { return gp_incref((gp_obj *)((gp_method_descr *)o)->type); }
static gp_obj *md_get_doc(gp_obj *o)
{
    const char *doc = ((gp_method_descr *)o)->def->doc;
    return doc ? gp_str_from_cstr(doc) : GP_NONE_NEW();
}

static const gp_getsetdef method_descr_getsets[] = {
    {"__name__", md_get_name, NULL},
    {"__qualname__", md_get_qualname, NULL},
    {"__objclass__", md_get_objclass, NULL},
    {"__doc__", md_get_doc, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_method_descr_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(gp_method_descr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
};

gp_type gp_classmethod_descr_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(gp_method_descr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
};

/* ---- getset descriptors ----------------------------------------------------------------- */

typedef struct { gp_obj base; gp_type *type; const gp_getsetdef *def; } getset_descr;

gp_obj *gp_descr_new_getset(gp_type *t, const gp_getsetdef *g)
{
    getset_descr *d = (getset_descr *)gp_obj_alloc(&gp_getset_descr_type);
    if (!d) return NULL;
    d->type = t;
    d->def = g;
    return (gp_obj *)d;
}

static gp_obj *getset_get(gp_obj *o, gp_obj *obj, gp_obj *type)
{
    getset_descr *d = (getset_descr *)o;
    if (!obj) return gp_incref(o);
    if (!GP_TYPE_CHECK(obj, d->type))
        return gp_err_format(gp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->def->name, gp_type_name(d->type), obj);
    return d->def->get(obj);
}

static int getset_set(gp_obj *o, gp_obj *obj, gp_obj *v)
{
    getset_descr *d = (getset_descr *)o;
    if (!GP_TYPE_CHECK(obj, d->type)) {
        /* the setter would read obj as a d->type (type.__dict__['__name__'].__set__(5, ...)) */
        gp_err_format(gp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                      d->def->name, gp_type_name(d->type), obj);
        return -1;
    }
    if (!d->def->set) {
        gp_err_format(gp_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                      gp_type_name(d->type));
        return -1;
    }
    return d->def->set(obj, v);
}

static gp_obj *getset_repr(gp_obj *o)
{
    getset_descr *d = (getset_descr *)o;
    return gp_str_from_format("<attribute '%s' of '%s' objects>", d->def->name, gp_type_name(d->type));
}

static gp_obj *gs_get_name(gp_obj *o) { return gp_str_from_cstr(((getset_descr *)o)->def->name); }
static gp_obj *gs_get_objclass(gp_obj *o) { return gp_incref((gp_obj *)((getset_descr *)o)->type); }
static gp_obj *gs_get_qualname(gp_obj *o)
{
    getset_descr *d = (getset_descr *)o;
    return gp_str_from_format("%s.%s", gp_type_name(d->type), d->def->name);
}

static const gp_getsetdef getset_descr_getsets[] = {
    {"__name__", gs_get_name, NULL},
    {"__qualname__", gs_get_qualname, NULL},
    {"__objclass__", gs_get_objclass, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_getset_descr_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(getset_descr),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .getsets = getset_descr_getsets,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

/* ---- slot wrappers ----------------------------------------------------------------------- */

typedef enum {
    W_REPR, W_STR, W_HASH, W_CMP, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_ITER,
    W_NEXT, W_CALL, W_INIT, W_BOOL, W_NEG, W_POS, W_ABS, W_INVERT, W_INT, W_FLOAT, W_INDEX,
    W_BINOP, W_RBINOP, W_IBINOP, W_GETATTR, W_SETATTR, W_DELATTR, W_GET, W_SET, W_DELETE,
} wkind;

typedef struct { gp_obj base; gp_type *type; const char *name; wkind kind; int op; } wrapper_descr;
typedef struct { gp_obj base; wrapper_descr *descr; gp_obj *self; } method_wrapper;

extern gp_type gp_wrapper_descr_type, gp_method_wrapper_type;

static int want(const wrapper_descr *d, size_t nargs, gp_obj *kw, size_t n)
{
    return gp_check_nargs(d->name, nargs, kw, n, n);
}

static gp_obj *wrap_int(gp_ssize v) { return v == -1 && gp_err_occurred() ? NULL : gp_int_from_i64(v); }
static gp_obj *wrap_status(int r) { return r < 0 ? NULL : GP_NONE_NEW(); }
static gp_obj *wrap_bool(int r) { return r < 0 ? NULL : gp_bool_new(r); }

static gp_obj *wrapper_call_unary(wrapper_descr *d, gp_obj *self)
{
    gp_type *t = d->type;
    switch (d->kind) {
    case W_REPR: return t->repr(self);
    case W_STR: return t->str(self);
    case W_HASH: return wrap_int(t->hash(self));
    case W_LEN: return wrap_int(t->len(self));
    case W_ITER: return t->iter(self);
    case W_NEXT: {
        gp_obj *r = t->iternext(self);
        if (!r && !gp_err_occurred()) gp_err_set(gp_exc_StopIteration, NULL);
        return r;
    }
    case W_BOOL: return wrap_bool(t->nb_bool(self));
    case W_NEG: return t->nb_neg(self);
    case W_POS: return t->nb_pos(self);
    case W_ABS: return t->nb_abs(self);
    case W_INVERT: return t->nb_invert(self);
    case W_INT: return t->nb_int(self);
    case W_FLOAT: return t->nb_float(self);
    default: return t->nb_index(self);
    }
}

static gp_obj *wrapper_call(wrapper_descr *d, gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_type *t = d->type;
    if (!GP_TYPE_CHECK(self, t))
        return gp_err_format(gp_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%T'",
                             d->name, gp_type_name(t), self);
    if ((d->kind == W_GETATTR || d->kind == W_SETATTR || d->kind == W_DELATTR) && nargs >= 1 && !GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "attribute name must be string, not '%T'", args[0]);
    /* object.__setattr__(SomeClass, ...) would bypass type's own checks */
    if ((d->kind == W_SETATTR || d->kind == W_DELATTR) && GP_HAS_FLAG(self, GP_TF_TYPE_SUB) &&
        !gp_type_is_subtype(t, &gp_type_type))
        return gp_err_format(gp_exc_TypeError, "can't apply this %s to type object", d->name);
    switch (d->kind) {
    case W_CALL: return t->call(self, args, nargs, kw);
    case W_INIT: return wrap_status(t->tp_init(self, args, nargs, kw));
    case W_CMP: return want(d, nargs, kw, 1) < 0 ? NULL : t->richcompare(self, args[0], d->op);
    case W_GETITEM: return want(d, nargs, kw, 1) < 0 ? NULL : t->getitem(self, args[0]);
    case W_SETITEM: return want(d, nargs, kw, 2) < 0 ? NULL : wrap_status(t->setitem(self, args[0], args[1]));
    case W_DELITEM: return want(d, nargs, kw, 1) < 0 ? NULL : wrap_status(t->setitem(self, args[0], NULL));
    case W_CONTAINS: return want(d, nargs, kw, 1) < 0 ? NULL : wrap_bool(t->contains(self, args[0]));
    case W_BINOP:
        if (d->op == GP_OP_POW && nargs == 2 && !kw) return t->nb_pow3 ? t->nb_pow3(self, args[0], args[1]) : GP_NOTIMPLEMENTED;
        return want(d, nargs, kw, 1) < 0 ? NULL : t->nb[d->op](self, args[0]);
    case W_RBINOP: return want(d, nargs, kw, 1) < 0 ? NULL : t->nb[d->op](args[0], self);
    case W_IBINOP: return want(d, nargs, kw, 1) < 0 ? NULL : t->nb_inplace[d->op](self, args[0]);
    case W_GETATTR: return want(d, nargs, kw, 1) < 0 ? NULL : t->getattr(self, args[0]);
    case W_SETATTR: return want(d, nargs, kw, 2) < 0 ? NULL : wrap_status(t->setattr(self, args[0], args[1]));
    case W_DELATTR: return want(d, nargs, kw, 1) < 0 ? NULL : wrap_status(t->setattr(self, args[0], NULL));
    case W_GET:
        if (gp_check_nargs(d->name, nargs, kw, 1, 2) < 0) return NULL;
        return t->descr_get(self, args[0] == gp_None ? NULL : args[0], nargs > 1 && args[1] != gp_None ? args[1] : NULL);
    case W_SET: return want(d, nargs, kw, 2) < 0 ? NULL : wrap_status(t->descr_set(self, args[0], args[1]));
    case W_DELETE: return want(d, nargs, kw, 1) < 0 ? NULL : wrap_status(t->descr_set(self, args[0], NULL));
    default:
        if (want(d, nargs, kw, 0) < 0) return NULL;
        return wrapper_call_unary(d, self);
    }
}

static gp_obj *wrapper_descr_call(gp_obj *o, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    wrapper_descr *d = (wrapper_descr *)o;
    if (nargs < 1)
        return gp_err_format(gp_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->name,
                             gp_type_name(d->type));
    return wrapper_call(d, args[0], args + 1, nargs - 1, kw);
}

static gp_obj *wrapper_descr_get(gp_obj *o, gp_obj *obj, gp_obj *type)
{
    wrapper_descr *d = (wrapper_descr *)o;
    if (!obj) return gp_incref(o);
    if (!GP_TYPE_CHECK(obj, d->type))
        return gp_err_format(gp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->name, gp_type_name(d->type), obj);
    method_wrapper *w = (method_wrapper *)gp_obj_alloc(&gp_method_wrapper_type);
    if (!w) return NULL;
    w->descr = (wrapper_descr *)gp_incref(o);
    w->self = gp_incref(obj);
    return (gp_obj *)w;
}

static gp_obj *wrapper_descr_repr(gp_obj *o)
{
    wrapper_descr *d = (wrapper_descr *)o;
    return gp_str_from_format("<slot wrapper '%s' of '%s' objects>", d->name, gp_type_name(d->type));
}

static gp_obj *wd_get_name(gp_obj *o) { return gp_str_from_cstr(((wrapper_descr *)o)->name); }
static gp_obj *wd_get_objclass(gp_obj *o) { return gp_incref((gp_obj *)((wrapper_descr *)o)->type); }

static const gp_getsetdef wrapper_descr_getsets[] = {
    {"__name__", wd_get_name, NULL},
    {"__objclass__", wd_get_objclass, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_wrapper_descr_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(wrapper_descr),
    .dealloc = descr_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_descr_getsets,
};

static void mw_dealloc(gp_obj *o)
{
    method_wrapper *w = (method_wrapper *)o;
    gp_decref((gp_obj *)w->descr);
    gp_decref(w->self);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): what mw_dealloc drops (no clear). */
static void mw_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    visit((gp_obj *)((method_wrapper *)o)->descr, arg);
    visit(((method_wrapper *)o)->self, arg);
}

static gp_obj *mw_call(gp_obj *o, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    method_wrapper *w = (method_wrapper *)o;
    return wrapper_call(w->descr, w->self, args, nargs, kw);
}

static gp_obj *mw_repr(gp_obj *o)
{
    method_wrapper *w = (method_wrapper *)o;
    return gp_str_from_format("<method-wrapper '%s' of %T object at %p>", w->descr->name, w->self, (void *)w->self);
}

static gp_obj *mw_get_name(gp_obj *o) { return gp_str_from_cstr(((method_wrapper *)o)->descr->name); }
static gp_obj *mw_get_self(gp_obj *o) { return gp_incref(((method_wrapper *)o)->self); }

static const gp_getsetdef mw_getsets[] = {
    {"__name__", mw_get_name, NULL},
    {"__self__", mw_get_self, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_method_wrapper_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "method-wrapper",
    .basicsize = sizeof(method_wrapper),
    .flags = GP_TF_GC,
    .gc_traverse = mw_traverse,
    .dealloc = mw_dealloc,
    .repr = mw_repr,
    .call = mw_call,
    .getsets = mw_getsets,
};

/* __new__: a builtin bound to the type that defines tp_new. */
static gp_obj *tp_new_wrapper(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_type *t = (gp_type *)self;
    if (nargs < 1) return gp_err_format(gp_exc_TypeError, "%s.__new__(): not enough arguments", gp_type_name(t));
    gp_obj *cls = args[0];
    if (!GP_HAS_FLAG(cls, GP_TF_TYPE_SUB))
        return gp_err_format(gp_exc_TypeError, "%s.__new__(X): X is not a type object (%T)", gp_type_name(t), cls);
    gp_type *sub = (gp_type *)cls;
    if (!gp_type_is_subtype(sub, t))
        return gp_err_format(gp_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", gp_type_name(t),
                             gp_type_name(sub), gp_type_name(sub), gp_type_name(t));
    /* The most derived static base must use this tp_new (CPython's safety check). */
    gp_type *staticbase = sub;
    while (staticbase && (staticbase->flags & GP_TF_HEAPTYPE)) staticbase = staticbase->tp_base;
    if (staticbase && staticbase->tp_new != t->tp_new)
        return gp_err_format(gp_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", gp_type_name(t),
                             gp_type_name(sub), gp_type_name(staticbase));
    return t->tp_new(sub, args + 1, nargs - 1, kw);
}

static const gp_methoddef tp_new_def = {"__new__", tp_new_wrapper, 0, NULL};

static int add_wrapper(gp_type *t, const char *name, wkind kind, int op)
{
    gp_obj *key = gp_str_intern_cstr(name);
    if (!key) return -1;
    if (gp_dict_get_str(t->dict, key)) return 0;
    wrapper_descr *d = (wrapper_descr *)gp_obj_alloc(&gp_wrapper_descr_type);
    if (!d) return -1;
    d->type = t;
    d->name = name;
    d->kind = kind;
    d->op = op;
    int r = gp_dict_set(t->dict, key, (gp_obj *)d);
    gp_decref((gp_obj *)d);
    return r;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static const char *const binop_names[][3] = {
#define GP__NAMES(n, sym, m, r, i) {m, r, i},
    GP_BINOPS(GP__NAMES)
#undef GP__NAMES
};

#define ADDW(slot, name, kind) \
    if (t->slot && add_wrapper(t, name, kind, 0) < 0) return -1

int gp_descr_add_slot_wrappers(gp_type *t)
{
    ADDW(repr, "__repr__", W_REPR);
    ADDW(str, "__str__", W_STR);
    ADDW(hash, "__hash__", W_HASH);
    ADDW(len, "__len__", W_LEN);
    ADDW(getitem, "__getitem__", W_GETITEM);
    ADDW(setitem, "__setitem__", W_SETITEM);
    ADDW(setitem, "__delitem__", W_DELITEM);
    ADDW(contains, "__contains__", W_CONTAINS);
    ADDW(iter, "__iter__", W_ITER);
    ADDW(iternext, "__next__", W_NEXT);
    ADDW(call, "__call__", W_CALL);
    ADDW(tp_init, "__init__", W_INIT);
    ADDW(nb_bool, "__bool__", W_BOOL);
    ADDW(nb_neg, "__neg__", W_NEG);
    ADDW(nb_pos, "__pos__", W_POS);
    ADDW(nb_abs, "__abs__", W_ABS);
    ADDW(nb_invert, "__invert__", W_INVERT);
    ADDW(nb_int, "__int__", W_INT);
    ADDW(nb_float, "__float__", W_FLOAT);
    ADDW(nb_index, "__index__", W_INDEX);
    ADDW(getattr, "__getattribute__", W_GETATTR);
    ADDW(setattr, "__setattr__", W_SETATTR);
    ADDW(setattr, "__delattr__", W_DELATTR);
    ADDW(descr_get, "__get__", W_GET);
    ADDW(descr_set, "__set__", W_SET);
    ADDW(descr_set, "__delete__", W_DELETE);
    if (t->richcompare)
        for (int op = 0; op < 6; op++)
            if (add_wrapper(t, cmp_names[op], W_CMP, op) < 0) return -1;
    for (int op = 0; op < GP_OP__COUNT; op++) {
        if (t->nb[op] && (add_wrapper(t, binop_names[op][0], W_BINOP, op) < 0 ||
                          add_wrapper(t, binop_names[op][1], W_RBINOP, op) < 0))
            return -1;
        if (t->nb_inplace[op] && add_wrapper(t, binop_names[op][2], W_IBINOP, op) < 0) return -1;
    }
    if (!t->hash && t->richcompare && gp_dict_set_cstr(t->dict, "__hash__", gp_None) < 0) return -1;
    if (t->tp_new && !gp_dict_get_cstr(t->dict, "__new__")) {
        gp_obj *f = gp_cfunc_new(&tp_new_def, (gp_obj *)t, NULL);
        if (!f) return -1;
        int r = gp_dict_set_cstr(t->dict, "__new__", f);
        gp_decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- the generic bound method ------------------------------------------------------------ */

gp_obj *gp_method_new(gp_obj *func, gp_obj *self)
{
    gp_method *m = (gp_method *)gp_obj_alloc(&gp_method_type);
    if (!m) return NULL;
    m->func = gp_incref(func);
    m->self = gp_incref(self);
    return (gp_obj *)m;
}

static void method_dealloc(gp_obj *o)
{
    gp_method *m = (gp_method *)o;
    gp_decref(m->func);
    gp_decref(m->self);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): what method_dealloc drops. No clear
 * (func and self stay set for the method's lifetime); the objects they
 * lead to break the cycle. */
static void method_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    visit(((gp_method *)o)->func, arg);
    visit(((gp_method *)o)->self, arg);
}

static gp_obj *method_call(gp_obj *o, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_method *m = (gp_method *)o;
    size_t total = nargs + (kw ? (size_t)GP_TUPLE_SIZE(kw) : 0);
    gp_obj *small[9], **buf = small;
    if (total + 1 > 9) {
        buf = malloc(sizeof(gp_obj *) * (total + 1));
        if (!buf) return gp_err_nomemory();
    }
    buf[0] = m->self;
    if (total) memcpy(buf + 1, args, sizeof(gp_obj *) * total);
    gp_obj *r = gp_call(m->func, buf, nargs + 1, kw);
    if (buf != small) free(buf);
    return r;
}

static gp_obj *method_repr(gp_obj *o)
{
    gp_method *m = (gp_method *)o;
    gp_obj *name = gp_getattr_opt(m->func, gp_str_intern_cstr("__qualname__"));
    if (!name) {
        if (gp_err_occurred()) return NULL;
        name = gp_str_from_cstr("?");
        if (!name) return NULL;
    }
    gp_obj *r = gp_str_from_format("<bound method %S of %R>", name, m->self);
    gp_decref(name);
    return r;
}

static gp_obj *method_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (GP_TYPE(a) != &gp_method_type || GP_TYPE(b) != &gp_method_type || (op != GP_EQ && op != GP_NE))
        return GP_NOTIMPLEMENTED;
    gp_method *x = (gp_method *)a, *y = (gp_method *)b;
    int eq = x->self == y->self ? gp_richcompare_bool(x->func, y->func, GP_EQ) : 0;
    if (eq < 0) return NULL;
    return gp_bool_new(op == GP_EQ ? eq : !eq);
}

static gp_hash method_hash(gp_obj *o)
{
    gp_method *m = (gp_method *)o;
    gp_hash h = gp_hash_of(m->func);
    if (h == -1) return -1;
    h ^= gp_hash_pointer(m->self);
    return h == -1 ? -2 : h;
}

static gp_obj *method_getattro(gp_obj *o, gp_obj *name)
{
    gp_obj *r = gp_obj_generic_getattr(o, name);
    if (r || !gp_err_matches(gp_exc_AttributeError)) return r;
    gp_err_clear();
    return gp_getattr(((gp_method *)o)->func, name);
}

static gp_obj *m_get_func(gp_obj *o) { return gp_incref(((gp_method *)o)->func); }
static gp_obj *m_get_self(gp_obj *o) { return gp_incref(((gp_method *)o)->self); }

static const gp_getsetdef method_getsets[] = {
    {"__func__", m_get_func, NULL},
    {"__self__", m_get_self, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_method_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "method",
    .basicsize = sizeof(gp_method),
    .flags = GP_TF_GC,
    .gc_traverse = method_traverse,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattro,
    .call = method_call,
    .getsets = method_getsets,
};
