/*
 * int_methods.c — the Python-visible methods and attributes of int:
 * bit_length, to_bytes/from_bytes, as_integer_ratio, __round__, ...
 */
#include <string.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"

static gp_obj *int_bit_length(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("bit_length", nargs, kw, 0, 0) < 0) return NULL;
    gp_int *i = (gp_int *)self;
    if (!i->big) {
        uint64_t m = i->small < 0 ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
        return gp_int_from_i64(m ? 64 - __builtin_clzll(m) : 0);
    }
    return gp_int_from_i64((int64_t)mpz_sizeinbase(i->big, 2));
}

static gp_obj *int_bit_count(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("bit_count", nargs, kw, 0, 0) < 0) return NULL;
    mpz_t t, a;
    mpz_srcptr z = gp_int_zget(self, t);
    mpz_init(a);
    mpz_abs(a, z);
    int64_t c = (int64_t)mpz_popcount(a);
    mpz_clear(a);
    if (z == t) mpz_clear(t);
    return gp_int_from_i64(c);
}

static int parse_byteorder(gp_obj *o, bool *little)
{
    if (!o) { *little = false; return 0; }
    if (!GP_STR_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %T", o);
        return -1;
    }
    if (gp_str_eq_cstr(o, "little")) { *little = true; return 0; }
    if (gp_str_eq_cstr(o, "big")) { *little = false; return 0; }
    gp_err_set_str(gp_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static gp_obj *int_to_bytes(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    gp_obj *a[3];
    if (gp_parse_args("to_bytes", args, nargs, kw, names, 2, 0, a) < 0) return NULL;
    gp_ssize len = 1;
    if (a[0] && (len = gp_index_ssize(a[0])) < 0) {
        if (!gp_err_occurred()) gp_err_set_str(gp_exc_ValueError, "length argument must be non-negative");
        return NULL;
    }
    bool little, sign = false;
    if (parse_byteorder(a[1], &little) < 0) return NULL;
    if (a[2]) { int t = gp_truthy(a[2]); if (t < 0) return NULL; sign = t; }
    if (!sign && gp_int_sign(self) < 0)
        return gp_err_set_str(gp_exc_OverflowError, "can't convert negative int to unsigned");
    mpz_t t, v, lim;
    mpz_srcptr z = gp_int_zget(self, t);
    mpz_init_set(v, z);
    if (z == t) mpz_clear(t);
    mpz_init(lim);
    mpz_ui_pow_ui(lim, 2, (unsigned long)(8 * len - (sign && len > 0 ? 1 : 0)));
    bool too_big = mpz_cmp(v, lim) >= 0;
    if (sign) {
        mpz_neg(lim, lim);
        too_big = too_big || mpz_cmp(v, lim) < 0;
    }
    if (!too_big && mpz_sgn(v) < 0) { /* two's complement: v + 2**(8*len) */
        mpz_ui_pow_ui(lim, 2, (unsigned long)(8 * len));
        mpz_add(v, v, lim);
    }
    mpz_clear(lim);
    size_t need = mpz_sgn(v) ? (mpz_sizeinbase(v, 2) + 7) / 8 : 0;
    if (too_big) { mpz_clear(v); return gp_err_set_str(gp_exc_OverflowError, "int too big to convert"); }
    gp_obj *b = gp_bytes_new(NULL, (size_t)len);
    if (!b) { mpz_clear(v); return NULL; }
    memset(GP_BYTES_DATA(b), 0, (size_t)len);
    size_t cnt = 0;
    if (need) mpz_export(GP_BYTES_DATA(b) + (len - (gp_ssize)need), &cnt, 1, 1, 1, 0, v);
    mpz_clear(v);
    if (little) {
        char *d = GP_BYTES_DATA(b);
        for (gp_ssize i = 0; i < len / 2; i++) { char c = d[i]; d[i] = d[len - 1 - i]; d[len - 1 - i] = c; }
    }
    return b;
}

static gp_obj *int_from_bytes(gp_obj *cls, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    gp_obj *a[3];
    if (gp_parse_args("from_bytes", args, nargs, kw, names, 2, 1, a) < 0) return NULL;
    bool little, sign = false;
    if (parse_byteorder(a[1], &little) < 0) return NULL;
    if (a[2]) { int t = gp_truthy(a[2]); if (t < 0) return NULL; sign = t; }
    gp_obj *bytes = GP_BYTES_CHECK(a[0]) ? gp_incref(a[0]) : NULL;
    if (!bytes) {
        if (GP_INT_CHECK(a[0]) || GP_STR_CHECK(a[0]))
            return gp_err_format(gp_exc_TypeError, "cannot convert '%T' object to bytes", a[0]);
        bytes = gp_call1((gp_obj *)&gp_bytes_type, a[0]);
        if (!bytes) return NULL;
    }
    gp_ssize n = GP_BYTES_SIZE(bytes);
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, (size_t)n, little ? -1 : 1, 1, 1, 0, GP_BYTES_DATA(bytes));
    if (sign && n) {
        unsigned char top = (unsigned char)GP_BYTES_DATA(bytes)[little ? n - 1 : 0];
        if (top & 0x80) {
            mpz_t m;
            mpz_init(m);
            mpz_ui_pow_ui(m, 2, (unsigned long)(8 * n));
            mpz_sub(z, z, m);
            mpz_clear(m);
        }
    }
    gp_decref(bytes);
    gp_obj *r = gp_int_from_mpz_steal(z);
    if (r && cls != (gp_obj *)&gp_int_type) {
        gp_obj *o = gp_call1(cls, r);
        gp_decref(r);
        return o;
    }
    return r;
}

static gp_obj *int_self(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_int_exact_copy(self);
}

static gp_obj *int_as_integer_ratio(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("as_integer_ratio", nargs, kw, 0, 0) < 0) return NULL;
    gp_obj *n = gp_int_exact_copy(self);
    if (!n) return NULL;
    gp_obj *r = gp_tuple_pack(2, n, gp_int_from_i64(1));
    gp_decref(n);
    return r;
}

gp_obj *gp_int_round(gp_obj *self, gp_obj *nd)
{
    if (!nd || nd == gp_None) return gp_int_exact_copy(self);
    gp_obj *ndi = gp_index(nd);
    if (!ndi) return NULL;
    int s = gp_int_sign(ndi);
    int ovf;
    int64_t k = gp_int_as_i64(ndi, &ovf);
    gp_decref(ndi);
    if (s >= 0) return gp_int_exact_copy(self);
    if (ovf || k < -100000) return gp_int_from_i64(0);
    /* round half to even at 10**-k */
    mpz_t t, p, q, r, twice;
    mpz_srcptr z = gp_int_zget(self, t);
    mpz_inits(p, q, r, twice, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-k);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    if (z == t) mpz_clear(t);
    mpz_clears(p, r, twice, NULL);
    return gp_int_from_mpz_steal(q);
}

static gp_obj *int_round_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__round__", nargs, kw, 0, 1) < 0) return NULL;
    return gp_int_round(self, nargs ? args[0] : NULL);
}

static gp_obj *int_format_m(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__format__", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    /* an empty spec means str(self), which a subclass may override */
    if (GP_STR_LEN(args[0]) == 0) return gp_str(self);
    return gp_format_int(self, args[0]);
}

static gp_obj *int_getnewargs(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *v = gp_int_exact_copy(self);
    if (!v) return NULL;
    gp_obj *t = gp_tuple_pack(1, v);
    gp_decref(v);
    return t;
}

const gp_methoddef gp_int_methods[] = {
    {"bit_length", int_bit_length, 0, NULL},
    {"bit_count", int_bit_count, 0, NULL},
    {"to_bytes", int_to_bytes, 0, NULL},
    {"from_bytes", int_from_bytes, GP_METH_CLASS, NULL},
    {"conjugate", int_self, 0, NULL},
    {"as_integer_ratio", int_as_integer_ratio, 0, NULL},
    {"__trunc__", int_self, 0, NULL},
    {"__floor__", int_self, 0, NULL},
    {"__ceil__", int_self, 0, NULL},
    {"__round__", int_round_m, 0, NULL},
    {"__format__", int_format_m, 0, NULL},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static gp_obj *get_self(gp_obj *self) { return gp_int_exact_copy(self); }
static gp_obj *get_zero(gp_obj *self) { return gp_int_from_i64(0); }
static gp_obj *get_one(gp_obj *self) { return gp_int_from_i64(1); }

const gp_getsetdef gp_int_getsets[] = {
    {"real", get_self, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_self, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};
