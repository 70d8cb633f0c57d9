/*
 * obj_none.c — the singletons None, NotImplemented and Ellipsis.
 */
#include "types.h"
#include "internal.h"

static void static_dealloc(gp_obj *o) { (void)o; }

static gp_obj *none_repr(gp_obj *o) { return gp_str_from_cstr("None"); }
static int none_bool(gp_obj *o) { return 0; }

static gp_obj *none_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (nargs || (kw && GP_TUPLE_SIZE(kw)))
        return gp_err_set_str(gp_exc_TypeError, "NoneType takes no arguments");
    return GP_NONE_NEW();
}

gp_type gp_none_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "NoneType",
    .basicsize = sizeof(gp_obj),
    .dealloc = static_dealloc,
    .repr = none_repr,
    .nb_bool = none_bool,
    .tp_new = none_new,
};

gp_obj gp_None_obj = GP_STATIC_HEAD(&gp_none_type);

static gp_obj *notimpl_repr(gp_obj *o) { return gp_str_from_cstr("NotImplemented"); }

static gp_obj *notimpl_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (nargs || (kw && GP_TUPLE_SIZE(kw)))
        return gp_err_set_str(gp_exc_TypeError, "NotImplementedType takes no arguments");
    return GP_NOTIMPLEMENTED;
}

gp_type gp_notimpl_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(gp_obj),
    .dealloc = static_dealloc,
    .repr = notimpl_repr,
    .tp_new = notimpl_new,
};

gp_obj gp_NotImplemented_obj = GP_STATIC_HEAD(&gp_notimpl_type);

static gp_obj *ellipsis_repr(gp_obj *o) { return gp_str_from_cstr("Ellipsis"); }

static gp_obj *ellipsis_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (nargs || (kw && GP_TUPLE_SIZE(kw)))
        return gp_err_set_str(gp_exc_TypeError, "ellipsis takes no arguments");
    return gp_incref(gp_Ellipsis);
}

gp_type gp_ellipsis_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "ellipsis",
    .basicsize = sizeof(gp_obj),
    .dealloc = static_dealloc,
    .repr = ellipsis_repr,
    .tp_new = ellipsis_new,
};

gp_obj gp_Ellipsis_obj = GP_STATIC_HEAD(&gp_ellipsis_type);
