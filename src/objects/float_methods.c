/*
 * float_methods.c — the Python-visible methods of float: round with
 * correct rounding, as_integer_ratio, is_integer, hex, ...
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"


static double round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return r;
}

/* x rounded to ndigits decimal places, correctly (the C library prints
 * the exact binary value rounded half-even, as CPython's dtoa does). */
static double round_digits(double x, long nd)
{
    if (!isfinite(x) || x == 0) return x;
    if (nd > 330) return x;
    char small[64];
    char *buf = small;
    if (nd >= 0) {
        int n = snprintf(small, sizeof small, "%.*f", (int)nd, x);
        if (n >= (int)sizeof small) {
            buf = malloc((size_t)n + 1);
            if (!buf) return x;
            snprintf(buf, (size_t)n + 1, "%.*f", (int)nd, x);
        }
    } else {
        char e[40];
        snprintf(e, sizeof e, "%.17e", x);
        long e10 = atol(strchr(e, 'e') + 1);
        long sig = e10 + 1 + nd;
        if (sig <= 0) {
            if (sig < 0 || nd < -308) return copysign(0.0, x);
            char half[32];
            snprintf(half, sizeof half, "5e%ld", -nd - 1);
            double h = strtod(half, NULL);
            snprintf(half, sizeof half, "1e%ld", -nd);
            return fabs(x) > h ? copysign(strtod(half, NULL), x) : copysign(0.0, x);
        }
        snprintf(small, sizeof small, "%.*e", (int)(sig - 1), x);
    }
    double r = strtod(buf, NULL);
    if (buf != small) free(buf);
    return r;
}

gp_obj *gp_float_round(double x, gp_obj *nd)
{
    if (!nd || nd == gp_None) return gp_int_from_double(round_half_even(x));
    gp_obj *ndi = gp_index(nd);
    if (!ndi) return NULL;
    int ovf;
    int64_t n = gp_int_as_i64(ndi, &ovf);
    gp_decref(ndi);
    if (ovf) n = ovf > 0 ? 1000 : -1000;
    if (n > 1000) n = 1000;
    if (n < -1000) n = -1000;
    double r = round_digits(x, (long)n);
    if (isinf(r) && isfinite(x))
        return gp_err_set_str(gp_exc_OverflowError, "rounded value too large to represent");
    return gp_float_new(r);
}

static gp_obj *float_round_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__round__", nargs, kw, 0, 1) < 0) return NULL;
    return gp_float_round(GP_FLOAT_VALUE(self), nargs ? args[0] : NULL);
}

static gp_obj *float_is_integer(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("is_integer", nargs, kw, 0, 0) < 0) return NULL;
    double x = GP_FLOAT_VALUE(self);
    return gp_bool_new(isfinite(x) && x == floor(x));
}

static gp_obj *float_as_integer_ratio(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("as_integer_ratio", nargs, kw, 0, 0) < 0) return NULL;
    double x = GP_FLOAT_VALUE(self);
    if (isinf(x)) return gp_err_set_str(gp_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return gp_err_set_str(gp_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    gp_obj *n = gp_int_from_mpz_steal(num), *d = gp_int_from_mpz_steal(den);
    gp_obj *t = n && d ? gp_tuple_pack(2, n, d) : NULL;
    gp_xdecref(n);
    gp_xdecref(d);
    return t;
}

static gp_obj *float_hex(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("hex", nargs, kw, 0, 0) < 0) return NULL;
    double x = GP_FLOAT_VALUE(self);
    if (!isfinite(x) || x == 0) return gp_float_repr_double(x);
    int e;
    double m = frexp(fabs(x), &e); /* m in [0.5, 1) */
    m *= 2.0;
    e -= 1;
    if (fabs(x) < 2.2250738585072014e-308) { /* subnormal: CPython keeps exponent -1022 */
        m = ldexp(fabs(x), 1022);
        e = -1022;
    }
    char buf[64], *p = buf;
    if (x < 0) *p++ = '-';
    int lead = (int)m;
    m -= lead;
    p += sprintf(p, "0x%d.", lead);
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int d = (int)m;
        m -= d;
        *p++ = "0123456789abcdef"[d];
    }
    sprintf(p, "p%+d", e);
    return gp_str_from_cstr(buf);
}

static gp_obj *float_self(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_float_new(GP_FLOAT_VALUE(self));
}

static gp_obj *float_trunc(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_int_from_double(GP_FLOAT_VALUE(self));
}

static gp_obj *float_floor(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_int_from_double(floor(GP_FLOAT_VALUE(self)));
}

static gp_obj *float_ceil(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_int_from_double(ceil(GP_FLOAT_VALUE(self)));
}

static gp_obj *float_format_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__format__", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    /* an empty spec means str(self), which a subclass may override */
    if (GP_STR_LEN(args[0]) == 0) return gp_str(self);
    return gp_format_float(GP_FLOAT_VALUE(self), args[0]);
}

static gp_obj *float_fromhex(gp_obj *cls, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("fromhex", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "must be str, not %T", args[0]);
    char *end;
    const char *s = GP_STR_DATA(args[0]);
    while (*s == ' ') s++;
    double v = strtod(s, &end);
    while (*end == ' ') end++;
    if (*end || end == s)
        return gp_err_set_str(gp_exc_ValueError, "invalid hexadecimal floating-point string");
    return gp_float_new(v);
}

static gp_obj *float_getnewargs(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *f = gp_float_new(GP_FLOAT_VALUE(self));
    if (!f) return NULL;
    gp_obj *t = gp_tuple_pack(1, f);
    gp_decref(f);
    return t;
}

const gp_methoddef gp_float_methods[] = {
    {"is_integer", float_is_integer, 0, NULL},
    {"as_integer_ratio", float_as_integer_ratio, 0, NULL},
    {"hex", float_hex, 0, NULL},
    {"fromhex", float_fromhex, GP_METH_CLASS, NULL},
    {"conjugate", float_self, 0, NULL},
    {"__trunc__", float_trunc, 0, NULL},
    {"__floor__", float_floor, 0, NULL},
    {"__ceil__", float_ceil, 0, NULL},
    {"__round__", float_round_m, 0, NULL},
    {"__format__", float_format_m, 0, NULL},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static gp_obj *get_real(gp_obj *self) { return gp_float_new(GP_FLOAT_VALUE(self)); }
static gp_obj *get_imag(gp_obj *self) { return gp_float_new(0.0); }

const gp_getsetdef gp_float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};
