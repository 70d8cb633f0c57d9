/*
 * objects_init.c — start-up of the object system (every builtin type
 * readied in dependency order) and the repr recursion guard shared by
 * the containers.
 */
#include <stdlib.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"
#include "slots.h"

extern gp_type gp_memoryview_type, gp_classmethod_descr_type, gp_str_iter_type, gp_tuple_iter_type, gp_list_iter_type, gp_list_reviter_type,
    gp_range_iter_type, gp_wrapper_descr_type, gp_method_wrapper_type, gp_set_iter_type, gp_bytes_iter_type;

static gp_type *const core_types[] = {
    &gp_object_type, &gp_type_type, &gp_str_type, &gp_dict_type, &gp_tuple_type, &gp_list_type,
    &gp_int_type, &gp_bool_type, &gp_float_type, &gp_none_type, &gp_notimpl_type, &gp_ellipsis_type,
    &gp_bytes_type, &gp_bytearray_type, &gp_set_type, &gp_frozenset_type, &gp_range_type, &gp_slice_type,
    &gp_cfunc_type, &gp_module_type, &gp_property_type, &gp_staticmethod_type, &gp_classmethod_type,
    &gp_method_descr_type, &gp_classmethod_descr_type, &gp_getset_descr_type, &gp_wrapper_descr_type, &gp_method_wrapper_type,
    &gp_method_type, &gp_str_iter_type, &gp_tuple_iter_type, &gp_list_iter_type, &gp_list_reviter_type,
    &gp_range_iter_type, &gp_dict_keys_type, &gp_dict_values_type, &gp_dict_items_type,
    &gp_dict_keyiter_type, &gp_dict_valueiter_type, &gp_dict_itemiter_type, &gp_seqiter_type,
    &gp_calliter_type, &gp_enumerate_type, &gp_zip_type, &gp_map_type, &gp_filter_type, &gp_reversed_type,
    &gp_set_iter_type, &gp_bytes_iter_type, &gp_complex_type, &gp_member_descr_type, &gp_super_type, &gp_memoryview_type,
};

int gp_objects_init(void)
{
    static bool done;
    if (done) return 0;
    gp_int_init_small();
    if (gp_str_init() < 0) return -1;
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++)
        if (gp_type_ready(core_types[i]) < 0) return -1;
    if (gp_exceptions_init() < 0) return -1;
    if (gp_type_ready(&gp_union_type) < 0 || gp_type_ready(&gp_alias_type) < 0 || gp_union_init() < 0) return -1;
    if (gp_type_ready(&gp_mappingproxy_type) < 0) return -1;
    done = true;
    return 0;
}

/* ---- repr recursion guard: the containers currently being printed ---------------------- */

static gp_obj **repr_stack;
static size_t repr_len, repr_cap;

int gp_repr_enter(gp_obj *o)
{
    for (size_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o) return 1;
    if (repr_len == repr_cap) {
        size_t ncap = repr_cap ? repr_cap * 2 : 16;
        gp_obj **ns = realloc(repr_stack, sizeof(gp_obj *) * ncap);
        if (!ns) { gp_err_nomemory(); return -1; }
        repr_stack = ns;
        repr_cap = ncap;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void gp_repr_leave(gp_obj *o)
{
    for (size_t i = repr_len; i > 0; i--)
        if (repr_stack[i - 1] == o) {
            repr_stack[i - 1] = repr_stack[--repr_len];
            return;
        }
}
