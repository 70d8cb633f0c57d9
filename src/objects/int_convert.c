/*
 * int_convert.c — int <-> text and int <-> double: parsing int literals
 * and int(str, base), repr and hex/oct/bin text, the correctly rounded
 * conversion of big ints (and their ratios) to double, and int(float).
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"

int gp_int_max_str_digits = 4300;

/* ---- to double ------------------------------------------------------------------ */

int gp_int_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double *out, const char *msg)
{
    bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) { *out = neg ? -0.0 : 0.0; return 0; }
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    long diff = na - nb;
    if (diff > 1026) goto overflow;
    if (diff < -1200) { *out = neg ? -0.0 : 0.0; return 0; }
    long shift = 62 - diff;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (shift >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)shift);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, num, den);
    uint64_t qq = (uint64_t)mpz_get_ui(q);
    if (mpz_sgn(r) != 0) qq |= 1; /* sticky bit: makes round-half-even exact */
    mpz_clears(num, den, q, r, NULL);
    double d = ldexp((double)qq, (int)-shift);
    if (isinf(d)) goto overflow;
    *out = neg ? -d : d;
    return 0;
overflow:
    gp_err_set_str(gp_exc_OverflowError, msg);
    return -1;
}

double gp_int_as_double(gp_obj *o)
{
    gp_int *i = (gp_int *)o;
    if (!i->big) return (double)i->small;
    mpz_t one;
    mpz_init_set_ui(one, 1);
    double d;
    int r = gp_int_ratio_to_double(i->big, one, &d, "int too large to convert to float");
    mpz_clear(one);
    return r < 0 ? -1.0 : d;
}

int gp_int_cmp_double(gp_obj *o, double d)
{
    gp_int *i = (gp_int *)o;
    const int64_t lim = (int64_t)1 << 53;
    if (!i->big && i->small >= -lim && i->small <= lim) {
        double x = (double)i->small;
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    mpz_t z, t;
    mpz_init_set_d(z, fl);
    mpz_srcptr zi = gp_int_zget(o, t);
    int c = mpz_cmp(zi, z);
    if (zi == t) mpz_clear(t);
    mpz_clear(z);
    if (c == 0 && d != fl) return -1;
    return (c > 0) - (c < 0);
}

gp_obj *gp_int_from_double(double d)
{
    if (isnan(d)) return gp_err_set_str(gp_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return gp_err_set_str(gp_exc_OverflowError, "cannot convert float infinity to integer");
    if (d > -9.2e18 && d < 9.2e18) return gp_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return gp_int_from_mpz_steal(z);
}

/* ---- to C integers --------------------------------------------------------------------- */

int64_t gp_int_as_i64(gp_obj *o, int *overflow)
{
    gp_int *i = (gp_int *)o;
    *overflow = 0;
    if (!i->big) return i->small;
    *overflow = mpz_sgn(i->big);
    return *overflow < 0 ? INT64_MIN : INT64_MAX;
}

gp_ssize gp_int_as_ssize(gp_obj *o)
{
    int ovf;
    int64_t v = gp_int_as_i64(o, &ovf);
    if (ovf) {
        gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (gp_ssize)v;
}

/* A C int argument (a file descriptor, a flag, a socket option): TypeError
 * for a non-int, OverflowError with the caller's message beyond int range,
 * as CPython's argument converters do. */
int gp_int_as_cint(gp_obj *o, int *out, const char *overflow_msg)
{
    if (!GP_INT_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    int ovf = 0;
    int64_t v = gp_int_as_i64(o, &ovf);
    if (ovf || v > INT_MAX || v < INT_MIN) {
        gp_err_set_str(gp_exc_OverflowError, overflow_msg);
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---- to text ------------------------------------------------------------------------------ */

static gp_obj *digits_limit_error(void)
{
    return gp_err_format(gp_exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; use "
                         "sys.set_int_max_str_digits() to increase the limit",
                         gp_int_max_str_digits);
}

gp_obj *gp_int_repr(gp_obj *o)
{
    gp_int *i = (gp_int *)o;
    if (!i->big) {
        /* digits right to left: no snprintf on this hot path (str(i)) */
        char buf[24], *p = buf + sizeof buf;
        int64_t v = i->small;
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        do { *--p = (char)('0' + m % 10); m /= 10; } while (m);
        if (v < 0) *--p = '-';
        return gp_str_new_ascii(p, (size_t)(buf + sizeof buf - p));
    }
    size_t est = mpz_sizeinbase(i->big, 10);
    if (gp_int_max_str_digits > 0 && est > (size_t)gp_int_max_str_digits + 1) return digits_limit_error();
    char *buf = malloc(est + 2);
    if (!buf) return gp_err_nomemory();
    mpz_get_str(buf, 10, i->big);
    size_t n = strlen(buf);
    if (gp_int_max_str_digits > 0 && n - (buf[0] == '-') > (size_t)gp_int_max_str_digits) {
        free(buf);
        return digits_limit_error();
    }
    gp_obj *r = gp_str_new_ascii(buf, n);
    free(buf);
    return r;
}

gp_obj *gp_int_format_base(gp_obj *o, int base, bool prefix, bool upper)
{
    if (base == 10) return gp_int_repr(o);
    mpz_t t;
    mpz_srcptr z = gp_int_zget(o, t);
    size_t est = mpz_sizeinbase(z, base);
    char *buf = malloc(est + 5);
    if (!buf) { if (z == t) mpz_clear(t); return gp_err_nomemory(); }
    char *p = buf;
    if (mpz_sgn(z) < 0) *p++ = '-';
    if (prefix) {
        *p++ = '0';
        *p++ = base == 16 ? (upper ? 'X' : 'x') : base == 8 ? 'o' : 'b';
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(p, upper ? -base : base, a);
    mpz_clear(a);
    if (z == t) mpz_clear(t);
    gp_obj *r = gp_str_new_ascii(buf, strlen(buf));
    free(buf);
    return r;
}

/* ---- from text --------------------------------------------------------------------------------- */

static int digit_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static gp_obj *invalid_literal(const char *s, size_t len, int base)
{
    gp_obj *str = gp_str_new(s, len);
    if (!str) { gp_err_clear(); str = gp_str_from_cstr("?"); }
    if (!str) return NULL;
    gp_err_format(gp_exc_ValueError, "invalid literal for int() with base %d: %R", base, str);
    gp_decref(str);
    return NULL;
}

static bool prefix_matches(int base, char c)
{
    c = (char)tolower((unsigned char)c);
    return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

/* Collects the digits of p..end into buf (no underscores); -1 if malformed. */
static gp_ssize collect_digits(const char *p, const char *end, int base, bool after_prefix, char *buf)
{
    gp_ssize n = 0;
    bool need_digit = true;
    if (after_prefix && p < end && *p == '_') p++;
    for (; p < end; p++) {
        if (*p == '_') {
            if (need_digit) return -1;
            need_digit = true;
            continue;
        }
        if (digit_value((unsigned char)*p) >= base) return -1;
        buf[n++] = *p;
        need_digit = false;
    }
    if (need_digit) return -1;
    buf[n] = 0;
    return n;
}

gp_obj *gp_int_from_string(const char *s, size_t len, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return gp_err_set_str(gp_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *p = s, *end = s + len;
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    int b = base;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        if (base == 0) {
            char c = (char)tolower((unsigned char)p[1]);
            b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            prefixed = b != 0;
        } else {
            prefixed = prefix_matches(base, p[1]);
        }
        if (prefixed) p += 2;
    }
    bool zero_rule = base == 0 && !prefixed;
    if (b == 0) b = 10;
    char *buf = malloc((size_t)(end - p) + 1);
    if (!buf) return gp_err_nomemory();
    gp_ssize n = collect_digits(p, end, b, prefixed, buf);
    if (n > 0 && zero_rule && buf[0] == '0' && strspn(buf, "0") != (size_t)n) n = -1;
    if (n <= 0) { free(buf); return invalid_literal(s, len, base); }
    if ((b & (b - 1)) != 0 && gp_int_max_str_digits > 0 && n > gp_int_max_str_digits) {
        free(buf);
        return gp_err_format(gp_exc_ValueError,
                             "Exceeds the limit (%d digits) for integer string conversion: value has "
                             "%zd digits; use sys.set_int_max_str_digits() to increase the limit",
                             gp_int_max_str_digits, n);
    }
    if (n <= 12) {
        int64_t v = 0;
        for (gp_ssize i = 0; i < n; i++) v = v * b + digit_value((unsigned char)buf[i]);
        free(buf);
        return gp_int_from_i64(neg ? -v : v);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, b);
    free(buf);
    if (neg) mpz_neg(z, z);
    return gp_int_from_mpz_steal(z);
}

/* ---- int(x), int(x, base) ------------------------------------------------------------------------ */

static gp_obj *int_from_object(gp_obj *x)
{
    if (GP_INT_CHECK(x)) return gp_int_exact_copy(x);
    if (GP_STR_CHECK(x)) return gp_int_from_string(GP_STR_DATA(x), (size_t)GP_STR_NBYTES(x), 10);
    if (GP_BYTES_CHECK(x)) return gp_int_from_string(GP_BYTES_DATA(x), (size_t)GP_BYTES_SIZE(x), 10);
    if (GP_TYPE_CHECK(x, &gp_bytearray_type)) {
        gp_bytearray *ba = (gp_bytearray *)x;
        return gp_int_from_string(ba->data, (size_t)ba->size, 10);
    }
    if (GP_FLOAT_CHECK(x)) return gp_int_from_double(GP_FLOAT_VALUE(x));
    gp_unaryfn f = GP_TYPE(x)->nb_int ? GP_TYPE(x)->nb_int : GP_TYPE(x)->nb_index;
    if (f) {
        gp_obj *r = f(x);
        if (r && !GP_INT_CHECK(r)) {
            gp_err_format(gp_exc_TypeError, "__int__ returned non-int (type %T)", r);
            gp_decref(r);
            return NULL;
        }
        return r;
    }
    gp_obj *trunc = gp_getattr_opt(x, gp_str_intern_cstr("__trunc__"));
    if (trunc) {
        gp_obj *r = gp_call0(trunc);
        gp_decref(trunc);
        if (r && !GP_INT_CHECK(r)) { gp_obj *i = gp_index(r); gp_decref(r); return i; }
        return r;
    }
    if (gp_err_occurred()) return NULL;
    return gp_err_format(gp_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

static gp_obj *int_with_base(gp_obj *x, gp_obj *baseobj)
{
    gp_ssize base = gp_index_ssize(baseobj);
    if (base == -1 && gp_err_occurred()) return NULL;
    if (base != 0 && (base < 2 || base > 36))
        return gp_err_set_str(gp_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (GP_STR_CHECK(x)) return gp_int_from_string(GP_STR_DATA(x), (size_t)GP_STR_NBYTES(x), (int)base);
    if (GP_BYTES_CHECK(x)) return gp_int_from_string(GP_BYTES_DATA(x), (size_t)GP_BYTES_SIZE(x), (int)base);
    if (GP_TYPE_CHECK(x, &gp_bytearray_type))
        return gp_int_from_string(((gp_bytearray *)x)->data, (size_t)((gp_bytearray *)x)->size, (int)base);
    return gp_err_set_str(gp_exc_TypeError, "int() can't convert non-string with explicit base");
}

gp_obj *gp_int_new_impl(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    static const char *const names[] = {"x", "base", NULL};
    gp_obj *a[2];
    for (gp_ssize i = 0; kwnames && i < GP_TUPLE_SIZE(kwnames); i++)
        if (!gp_str_eq_cstr(GP_TUPLE_GET(kwnames, i), "base"))
            return gp_err_format(gp_exc_TypeError, "'%U' is an invalid keyword argument for int()",
                                 GP_TUPLE_GET(kwnames, i));
    if (gp_parse_args("int", args, nargs, kwnames, names, 2, 0, a) < 0) return NULL;
    gp_obj *v;
    if (!a[0]) {
        if (a[1]) return gp_err_set_str(gp_exc_TypeError, "int() missing string argument");
        v = gp_int_from_i64(0);
    } else {
        v = a[1] ? int_with_base(a[0], a[1]) : int_from_object(a[0]);
    }
    if (!v || t == &gp_int_type) return v;
    gp_int *o = (gp_int *)gp_obj_alloc(t);
    if (o) {
        gp_int *src = (gp_int *)v;
        o->small = src->small;
        if (src->big) {
            o->big = malloc(sizeof *o->big);
            if (o->big) mpz_init_set(o->big, src->big);
        }
    }
    gp_decref(v);
    return (gp_obj *)o;
}
