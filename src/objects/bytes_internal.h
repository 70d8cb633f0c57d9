/*
 * bytes_internal.h — shared by obj_bytes.c and bytes_methods.c.
 */
#ifndef GP_BYTES_INTERNAL_H
#define GP_BYTES_INTERNAL_H

#include <stdio.h>

#include "types.h"

bool gp_bytes_view(gp_obj *o, const char **d, gp_ssize *n);  /* bytes or bytearray */
gp_obj *gp_bytes_like(gp_obj *like, const char *data, size_t n);
int gp_byte_value(gp_obj *v, int *out);
int gp_bytearray_reserve(gp_obj *o, gp_ssize n);
int gp_bytearray_extend(gp_obj *o, gp_obj *iterable);
gp_obj *gp_bytes_repr_data(const char *d, gp_ssize n, const char *prefix, const char *suffix);

#endif
