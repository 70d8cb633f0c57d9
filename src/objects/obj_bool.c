/*
 * obj_bool.c — bool, a subtype of int with exactly two immortal
 * instances. Arithmetic is int's; only &, |, ^ of two bools stay bool.
 */
#include "types.h"
#include "internal.h"

gp_int gp_True_obj = {GP_STATIC_HEAD(&gp_bool_type), 1, NULL};
gp_int gp_False_obj = {GP_STATIC_HEAD(&gp_bool_type), 0, NULL};

gp_obj *gp_true(void) { return gp_True; }
gp_obj *gp_false(void) { return gp_False; }

static void static_dealloc(gp_obj *o) { (void)o; }

static gp_obj *bool_repr(gp_obj *o) { return gp_str_from_cstr(o == gp_True ? "True" : "False"); }

static gp_obj *bool_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "bool() takes no keyword arguments");
    if (gp_check_nargs("bool", nargs, NULL, 0, 1) < 0) return NULL;
    if (!nargs) return gp_bool_new(false);
    int r = gp_truthy(args[0]);
    return r < 0 ? NULL : gp_bool_new(r);
}

static gp_obj *bool_bitop(gp_obj *a, gp_obj *b, gp_binop_t op)
{
    if (GP_TYPE(a) == &gp_bool_type && GP_TYPE(b) == &gp_bool_type) {
        bool x = a == gp_True, y = b == gp_True;
        return gp_bool_new(op == GP_OP_AND ? (x & y) : op == GP_OP_OR ? (x | y) : (x ^ y));
    }
    return gp_int_type.nb[op](a, b);
}

static gp_obj *bool_and(gp_obj *a, gp_obj *b) { return bool_bitop(a, b, GP_OP_AND); }
static gp_obj *bool_or(gp_obj *a, gp_obj *b) { return bool_bitop(a, b, GP_OP_OR); }
static gp_obj *bool_xor(gp_obj *a, gp_obj *b) { return bool_bitop(a, b, GP_OP_XOR); }

gp_type gp_bool_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "bool",
    .basicsize = sizeof(gp_int),
    .flags = GP_TF_INT_SUB,
    .tp_base = &gp_int_type,
    .dealloc = static_dealloc,
    .repr = bool_repr,
    .nb = {[GP_OP_AND] = bool_and, [GP_OP_OR] = bool_or, [GP_OP_XOR] = bool_xor},
    .tp_new = bool_new,
};
