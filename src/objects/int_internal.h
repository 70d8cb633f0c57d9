/*
 * int_internal.h — shared between obj_int.c, int_convert.c and
 * int_methods.c (and the float code that mixes with ints).
 */
#ifndef GP_INT_INTERNAL_H
#define GP_INT_INTERNAL_H

#include "types.h"

gp_obj *gp_int_from_mpz_steal(mpz_ptr z);         /* takes ownership of z's limbs */
mpz_srcptr gp_int_zget(gp_obj *o, mpz_ptr tmp);   /* tmp initialised when used */
int gp_int_cmp(gp_obj *a, gp_obj *b);
gp_obj *gp_cmp_result(int c, int op);
gp_obj *gp_int_new_impl(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
void gp_int_init_small(void);
extern const gp_methoddef gp_int_methods[];
extern const gp_getsetdef gp_int_getsets[];
gp_obj *gp_float_pow_double(double x, double y);
gp_obj *gp_int_round(gp_obj *self, gp_obj *ndigits);

/* float pieces (obj_float.c, float_methods.c) */
extern const gp_methoddef gp_float_methods[];
extern const gp_getsetdef gp_float_getsets[];
gp_obj *gp_complex_pow_real(double x, double y);  /* negative base, fractional exponent */
int gp_float_parse(const char *s, size_t len, double *out); /* 1: malformed, -1: error */
void gp_float_repr_into(gp_strbuf *b, double v);
gp_obj *gp_float_round(double x, gp_obj *ndigits);

#endif
