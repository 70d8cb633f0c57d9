/*
 * obj_super.c — super(type, obj) and the zero-argument super(), which
 * reads the calling frame: its first argument and its __class__ cell.
 * The frame layout belongs to the VM (src/vm/vm.h); the reader is a hook
 * (gp_super_frame_args) the VM may replace.
 */
#include <string.h>

#include "types.h"
#include "internal.h"
#include "state.h"
#include "vm.h"

/* The VM's cell type, recognised by name so the object library does not
 * need src/vm linked in (unit tests). */
static bool is_cell(gp_obj *o) { return o && strcmp(GP_TYPE(o)->name, "cell") == 0; }

typedef struct { gp_obj base; gp_type *type; gp_obj *obj; gp_type *obj_type; } super_obj;

static int default_frame_args(gp_obj **type, gp_obj **obj)
{
    gp_thread *ts = gp_tstate();
    gp_frame *f = ts ? ts->frame : NULL;
    if (!f || !f->code) { gp_err_set_str(gp_exc_RuntimeError, "super(): no current frame"); return -1; }
    gp_code *co = f->code;
    if (co->argcount == 0 && !(co->flags & 0x04)) { gp_err_set_str(gp_exc_RuntimeError, "super(): no arguments"); return -1; }
    gp_obj *first = f->localsplus[0];
    if (co->cell2arg) {
        for (int i = 0; i < co->ncells; i++)
            if (co->cell2arg[i] == 0) {
                gp_obj *cell = f->localsplus[co->nlocals + i];
                if (is_cell(cell)) first = ((gp_cell *)cell)->ref;
            }
    }
    if (is_cell(first) && co->nlocals == 0) first = ((gp_cell *)first)->ref;
    if (!first) { gp_err_set_str(gp_exc_RuntimeError, "super(): arg[0] deleted"); return -1; }
    gp_ssize nfree = GP_TUPLE_SIZE(co->freevars);
    for (gp_ssize j = 0; j < nfree; j++) {
        if (!gp_str_eq_cstr(GP_TUPLE_GET(co->freevars, j), "__class__")) continue;
        gp_obj *cell = f->localsplus[co->nlocals + co->ncells + j];
        gp_obj *cls = is_cell(cell) ? ((gp_cell *)cell)->ref : NULL;
        if (!cls) { gp_err_set_str(gp_exc_RuntimeError, "super(): empty __class__ cell"); return -1; }
        if (!GP_HAS_FLAG(cls, GP_TF_TYPE_SUB)) {
            gp_err_format(gp_exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return -1;
        }
        *type = cls;
        *obj = first;
        return 0;
    }
    gp_err_set_str(gp_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

int (*gp_super_frame_args)(gp_obj **type, gp_obj **obj) = default_frame_args;

static gp_type *check_obj(gp_type *type, gp_obj *obj)
{
    if (GP_HAS_FLAG(obj, GP_TF_TYPE_SUB) && gp_type_is_subtype((gp_type *)obj, type)) return (gp_type *)obj;
    if (gp_type_is_subtype(GP_TYPE(obj), type)) return GP_TYPE(obj);
    gp_err_set_str(gp_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static gp_obj *super_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "super() takes no keyword arguments");
    if (nargs > 2) return gp_err_format(gp_exc_TypeError, "super() expected at most 2 arguments, got %zu", nargs);
    gp_obj *type = nargs ? args[0] : NULL, *obj = nargs > 1 ? args[1] : NULL;
    if (nargs == 0 && gp_super_frame_args(&type, &obj) < 0) return NULL;
    if (!GP_HAS_FLAG(type, GP_TF_TYPE_SUB))
        return gp_err_format(gp_exc_TypeError, "super() argument 1 must be a type, not %T", type);
    gp_type *ot = NULL;
    if (obj == gp_None) obj = NULL;
    if (obj && !(ot = check_obj((gp_type *)type, obj))) return NULL;
    super_obj *s = (super_obj *)gp_obj_alloc(t);
    if (!s) return NULL;
    s->type = (gp_type *)gp_incref(type);
    s->obj = gp_xincref(obj);
    s->obj_type = ot ? (gp_type *)gp_incref((gp_obj *)ot) : NULL;
    return (gp_obj *)s;
}

static void super_dealloc(gp_obj *o)
{
    super_obj *s = (super_obj *)o;
    gp_decref((gp_obj *)s->type);
    gp_xdecref(s->obj);
    gp_xdecref((gp_obj *)s->obj_type);
    gp_obj_free(o);
}

static gp_obj *super_getattro(gp_obj *o, gp_obj *name)
{
    super_obj *s = (super_obj *)o;
    if (s->obj_type && !gp_str_eq_cstr(name, "__class__")) {
        gp_obj *mro = s->obj_type->mro;
        gp_ssize n = GP_TUPLE_SIZE(mro), i = 0;
        while (i < n && GP_TUPLE_GET(mro, i) != (gp_obj *)s->type) i++;
        for (i++; i < n; i++) {
            gp_type *b = (gp_type *)GP_TUPLE_GET(mro, i);
            gp_obj *attr = b->dict ? gp_dict_get_str(b->dict, name) : NULL;
            if (!attr) continue;
            gp_descrgetfn get = GP_TYPE(attr)->descr_get;
            if (!get) return gp_incref(attr);
            gp_obj *inst = s->obj == (gp_obj *)s->obj_type ? NULL : s->obj;
            return get(attr, inst, (gp_obj *)s->obj_type);
        }
    }
    gp_obj *r = gp_obj_generic_getattr(o, name);
    if (!r && gp_err_matches(gp_exc_AttributeError)) {
        gp_err_clear();
        gp_err_format(gp_exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static gp_obj *super_repr(gp_obj *o)
{
    super_obj *s = (super_obj *)o;
    if (s->obj_type)
        return gp_str_from_format("<super: <class '%s'>, <%s object>>", gp_type_name(s->type), gp_type_name(s->obj_type));
    return gp_str_from_format("<super: <class '%s'>, NULL>", gp_type_name(s->type));
}

static gp_obj *s_thisclass(gp_obj *o) { return gp_incref((gp_obj *)((super_obj *)o)->type); }
static gp_obj *s_self(gp_obj *o) { gp_obj *x = ((super_obj *)o)->obj; return gp_incref(x ? x : gp_None); }
static gp_obj *s_self_class(gp_obj *o) { gp_obj *x = (gp_obj *)((super_obj *)o)->obj_type; return gp_incref(x ? x : gp_None); }

static const gp_getsetdef super_getsets[] = {
    {"__thisclass__", s_thisclass, NULL}, {"__self__", s_self, NULL}, {"__self_class__", s_self_class, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_super_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "super",
    .basicsize = sizeof(super_obj),
    .flags = GP_TF_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattro,
    .tp_new = super_new,
    .getsets = super_getsets,
};
