#include "types.h"
#include "internal.h"
gp_type gp_set_type, gp_frozenset_type, gp_bytes_type, gp_bytearray_type, gp_set_iter_type, gp_bytes_iter_type, gp_complex_type;
const gp_methoddef gp_str_methods[] = {{NULL, NULL, 0, NULL}};
gp_obj *gp_set_new(gp_obj *it) { return NULL; }
gp_obj *gp_bytes_new(const char *d, size_t n) { return NULL; }
gp_obj *gp_format_int(gp_obj *v, gp_obj *spec) { return NULL; }
gp_obj *gp_format_float(double v, gp_obj *spec) { return NULL; }
gp_obj *gp_format_str(gp_obj *v, gp_obj *spec) { return NULL; }
gp_obj *gp_str_percent(gp_obj *f, gp_obj *a) { return NULL; }
gp_obj *gp_bytes_decode_impl(const char *data, size_t n, gp_obj *encoding, gp_obj *errors) { return NULL; }
