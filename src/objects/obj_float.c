/*
 * obj_float.c — float: IEEE double arithmetic with Python's semantics
 * (floor division and modulo signs, exact comparisons with big ints,
 * the numeric hash shared with int), the shortest round-trip repr, and
 * a free list.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"

#define FREE_MAX 256
static gp_float *free_list;
static int free_count;

gp_obj *gp_float_new(double v)
{
    gp_float *o = free_list;
    if (GP_LIKELY(o != NULL)) {
        memcpy(&free_list, &o->value, sizeof free_list);
        free_count--;
    } else {
        o = malloc(sizeof *o);
        if (!o) return gp_err_nomemory();
    }
    o->base.refcnt = 1;
    o->base.type = &gp_float_type;
    o->value = v;
    return (gp_obj *)o;
}

static void float_dealloc(gp_obj *o)
{
    if (GP_TYPE(o) == &gp_float_type && free_count < FREE_MAX) {
        gp_float *f = (gp_float *)o;
        memcpy(&f->value, &free_list, sizeof free_list);
        free_list = f;
        free_count++;
        return;
    }
    gp_obj_free(o);
}

/* ---- repr ---------------------------------------------------------------------- */

/* Shortest %.Ne text that reads back as v (binary search on the digit count:
 * if n digits round-trip, n+1 do too). */
static int shortest_e(double v, char *buf, size_t cap)
{
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(buf, cap, "%.*e", mid - 1, v);
        if (strtod(buf, NULL) == v) hi = mid;
        else lo = mid + 1;
    }
    return snprintf(buf, cap, "%.*e", lo - 1, v);
}

/* Splits "-d.ddde+XX" into sign, digit string (no dot) and exponent. */
static void split_e(const char *s, bool *neg, char *digits, int *ndig, int *exp)
{
    *neg = *s == '-';
    if (*neg) s++;
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s != '.') digits[n++] = *s;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *ndig = n;
    *exp = *s ? atoi(s + 1) : 0;
}

void gp_float_repr_into(gp_strbuf *b, double v)
{
    if (isnan(v)) { gp_strbuf_addc(b, "nan"); return; }
    if (isinf(v)) { gp_strbuf_addc(b, v < 0 ? "-inf" : "inf"); return; }
    if (v == 0) { gp_strbuf_addc(b, signbit(v) ? "-0.0" : "0.0"); return; }
    char buf[40], d[24];
    shortest_e(v, buf, sizeof buf);
    bool neg;
    int nd, e;
    split_e(buf, &neg, d, &nd, &e);
    if (neg) gp_strbuf_add(b, "-", 1);
    if (e >= -5 + 1 && e < 16) {
        if (e >= 0) {
            for (int i = 0; i <= e; i++) gp_strbuf_add(b, i < nd ? &d[i] : "0", 1);
            gp_strbuf_add(b, ".", 1);
            if (nd > e + 1) gp_strbuf_add(b, d + e + 1, (size_t)(nd - e - 1));
            else gp_strbuf_add(b, "0", 1);
        } else {
            gp_strbuf_add(b, "0.", 2);
            for (int i = 0; i < -e - 1; i++) gp_strbuf_add(b, "0", 1);
            gp_strbuf_add(b, d, (size_t)nd);
        }
        return;
    }
    gp_strbuf_add(b, d, 1);
    if (nd > 1) {
        gp_strbuf_add(b, ".", 1);
        gp_strbuf_add(b, d + 1, (size_t)(nd - 1));
    }
    char eb[16];
    snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    gp_strbuf_addc(b, eb);
}

gp_obj *gp_float_repr_double(double v)
{
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_float_repr_into(&b, v);
    return gp_strbuf_finish(&b);
}

static gp_obj *float_repr(gp_obj *o) { return gp_float_repr_double(GP_FLOAT_VALUE(o)); }

/* ---- operands ------------------------------------------------------------------------ */

/* 1: converted, 0: not a number we know (NotImplemented), -1: error. */
static int to_double(gp_obj *o, double *out)
{
    if (GP_LIKELY(GP_TYPE(o) == &gp_float_type)) { *out = GP_FLOAT_VALUE(o); return 1; }
    if (GP_INT_CHECK(o) && GP_INT_IS_SMALL(o)) { *out = (double)((gp_int *)o)->small; return 1; }
    if (GP_FLOAT_CHECK(o)) { *out = GP_FLOAT_VALUE(o); return 1; }
    if (GP_INT_CHECK(o)) {
        *out = gp_int_as_double(o);
        return (*out == -1.0 && gp_err_occurred()) ? -1 : 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y) \
    double x, y; \
    { int ra_ = to_double(a, &x); if (ra_ <= 0) return ra_ < 0 ? NULL : GP_NOTIMPLEMENTED; \
      int rb_ = to_double(b, &y); if (rb_ <= 0) return rb_ < 0 ? NULL : GP_NOTIMPLEMENTED; }

static gp_obj *float_add(gp_obj *a, gp_obj *b) { OPERANDS(a, b, x, y); return gp_float_new(x + y); }
static gp_obj *float_sub(gp_obj *a, gp_obj *b) { OPERANDS(a, b, x, y); return gp_float_new(x - y); }
static gp_obj *float_mul(gp_obj *a, gp_obj *b) { OPERANDS(a, b, x, y); return gp_float_new(x * y); }

static gp_obj *float_truediv(gp_obj *a, gp_obj *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0) return gp_err_set_str(gp_exc_ZeroDivisionError, "float division by zero");
    return gp_float_new(x / y);
}

static void float_divmod_raw(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) { m += wx; div -= 1.0; }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static gp_obj *float_floordiv(gp_obj *a, gp_obj *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0) return gp_err_set_str(gp_exc_ZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod_raw(x, y, &q, &m);
    return gp_float_new(q);
}

static gp_obj *float_mod(gp_obj *a, gp_obj *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0) return gp_err_set_str(gp_exc_ZeroDivisionError, "float modulo");
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    return gp_float_new(m);
}

gp_obj *gp_float_divmod(gp_obj *a, gp_obj *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0) return gp_err_set_str(gp_exc_ZeroDivisionError, "float divmod()");
    double q, m;
    float_divmod_raw(x, y, &q, &m);
    gp_obj *qo = gp_float_new(q), *mo = gp_float_new(m);
    gp_obj *t = qo && mo ? gp_tuple_pack(2, qo, mo) : NULL;
    gp_xdecref(qo);
    gp_xdecref(mo);
    return t;
}

static gp_obj *range_error(void)
{
    gp_obj *code = gp_int_from_i64(ERANGE), *msg = gp_str_from_cstr("Numerical result out of range");
    gp_obj *t = code && msg ? gp_tuple_pack(2, code, msg) : NULL;
    gp_xdecref(code);
    gp_xdecref(msg);
    if (t) { gp_err_set(gp_exc_OverflowError, t); gp_decref(t); }
    return NULL;
}

gp_obj *gp_float_pow_double(double x, double y)
{
    if (x == 0 && y < 0)
        return gp_err_set_str(gp_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y))
        return gp_complex_pow_real(x, y);
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return gp_float_new(r);
}

static gp_obj *float_pow(gp_obj *a, gp_obj *b)
{
    OPERANDS(a, b, x, y);
    return gp_float_pow_double(x, y);
}

static gp_obj *float_pow3(gp_obj *a, gp_obj *b, gp_obj *m)
{
    return gp_err_set_str(gp_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

static gp_obj *float_neg(gp_obj *a) { return gp_float_new(-GP_FLOAT_VALUE(a)); }
static gp_obj *float_pos(gp_obj *a) { return gp_float_new(GP_FLOAT_VALUE(a)); }
static gp_obj *float_abs(gp_obj *a) { return gp_float_new(fabs(GP_FLOAT_VALUE(a))); }
static int float_bool(gp_obj *a) { return GP_FLOAT_VALUE(a) != 0; }
static gp_obj *float_int(gp_obj *a) { return gp_int_from_double(GP_FLOAT_VALUE(a)); }

/* ---- comparison and hash ------------------------------------------------------------------- */

static gp_obj *float_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!GP_FLOAT_CHECK(a)) return GP_NOTIMPLEMENTED;
    double x = GP_FLOAT_VALUE(a);
    if (GP_FLOAT_CHECK(b)) {
        double y = GP_FLOAT_VALUE(b);
        bool r;
        switch (op) {
        case GP_LT: r = x < y; break;
        case GP_LE: r = x <= y; break;
        case GP_EQ: r = x == y; break;
        case GP_NE: r = x != y; break;
        case GP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return gp_bool_new(r);
    }
    if (!GP_INT_CHECK(b)) return GP_NOTIMPLEMENTED;
    if (isnan(x)) return gp_bool_new(op == GP_NE);
    int c;
    if (isinf(x)) c = x > 0 ? 1 : -1;
    else c = -gp_int_cmp_double(b, x);
    return gp_cmp_result(c, op);
}

gp_hash gp_hash_double(gp_obj *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? GP_HASH_INF : -GP_HASH_INF;
        return inst ? gp_hash_pointer(inst) : 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & GP_HASH_MODULUS) | x >> (GP_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= GP_HASH_MODULUS) x -= GP_HASH_MODULUS;
    }
    e = e >= 0 ? e % GP_HASH_BITS : GP_HASH_BITS - 1 - ((-1 - e) % GP_HASH_BITS);
    x = ((x << e) & GP_HASH_MODULUS) | x >> (GP_HASH_BITS - e);
    gp_hash h = (gp_hash)x * sign;
    return h == -1 ? -2 : h;
}

static gp_hash float_hash(gp_obj *o) { return gp_hash_double(o, GP_FLOAT_VALUE(o)); }

/* ---- parsing ------------------------------------------------------------------------------------ */

static bool match_word(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) != n) return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != w[i]) return false;
    return true;
}

/* Copies a decimal float literal without underscores; false if malformed. */
static bool clean_literal(const char *p, const char *end, char *out)
{
    bool prev_digit = false, any_digit = false;
    char *o = out;
    for (; p < end; p++) {
        char c = *p;
        if (c == '_') {
            if (!prev_digit || p + 1 >= end || !isdigit((unsigned char)p[1])) return false;
            prev_digit = false;
            continue;
        }
        if (!(isdigit((unsigned char)c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
            return false;
        prev_digit = isdigit((unsigned char)c);
        any_digit |= prev_digit;
        *o++ = c;
    }
    *o = 0;
    return any_digit;
}

static gp_obj *float_parse_error(const char *s, size_t len)
{
    gp_obj *str = gp_str_new(s, len);
    if (!str) return NULL;
    gp_err_format(gp_exc_ValueError, "could not convert string to float: %R", str);
    gp_decref(str);
    return NULL;
}

int gp_float_parse(const char *s, size_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    const char *q = p;
    bool neg = false;
    if (q < end && (*q == '+' || *q == '-')) neg = *q++ == '-';
    if (match_word(q, end, "inf") || match_word(q, end, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (match_word(q, end, "nan")) { *out = neg ? -NAN : NAN; return 0; }
    char *buf = malloc((size_t)(end - p) + 1);
    if (!buf) { gp_err_nomemory(); return -1; }
    if (!clean_literal(p, end, buf)) { free(buf); return 1; }
    char *stop;
    double v = strtod(buf, &stop);
    bool ok = *stop == 0 && stop != buf;
    free(buf);
    if (!ok) return 1;
    *out = v;
    return 0;
}

gp_obj *gp_float_from_string(const char *s, size_t len)
{
    double v;
    int r = gp_float_parse(s, len, &v);
    if (r < 0) return NULL;
    if (r > 0) return float_parse_error(s, len);
    return gp_float_new(v);
}

double gp_float_as_double(gp_obj *o)
{
    if (GP_FLOAT_CHECK(o)) return GP_FLOAT_VALUE(o);
    if (GP_INT_CHECK(o)) return gp_int_as_double(o);
    gp_type *t = GP_TYPE(o);
    gp_obj *r = NULL;
    if (t->nb_float) {
        r = t->nb_float(o);
        if (r && !GP_FLOAT_CHECK(r)) {
            gp_err_format(gp_exc_TypeError, "%T.__float__ returned non-float (type %T)", o, r);
            GP_CLEAR(r);
        }
        if (!r) return -1.0;
        double d = GP_FLOAT_VALUE(r);
        gp_decref(r);
        return d;
    }
    if (t->nb_index) {
        r = gp_index(o);
        if (!r) return -1.0;
        double d = gp_int_as_double(r);
        gp_decref(r);
        return d;
    }
    gp_err_format(gp_exc_TypeError, "must be real number, not %T", o);
    return -1.0;
}

static gp_obj *float_from_object(gp_obj *x)
{
    if (GP_STR_CHECK(x)) return gp_float_from_string(GP_STR_DATA(x), (size_t)GP_STR_NBYTES(x));
    if (GP_BYTES_CHECK(x)) return gp_float_from_string(GP_BYTES_DATA(x), (size_t)GP_BYTES_SIZE(x));
    if (GP_TYPE_CHECK(x, &gp_bytearray_type))
        return gp_float_from_string(((gp_bytearray *)x)->data, (size_t)((gp_bytearray *)x)->size);
    if (!GP_FLOAT_CHECK(x) && !GP_INT_CHECK(x) && !GP_TYPE(x)->nb_float && !GP_TYPE(x)->nb_index)
        return gp_err_format(gp_exc_TypeError, "float() argument must be a string or a real number, not '%T'", x);
    double d = gp_float_as_double(x);
    if (d == -1.0 && gp_err_occurred()) return NULL;
    return gp_float_new(d);
}

static gp_obj *float_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (kw && GP_TUPLE_SIZE(kw)) return gp_err_set_str(gp_exc_TypeError, "float() takes no keyword arguments");
    if (gp_check_nargs("float", nargs, NULL, 0, 1) < 0) return NULL;
    gp_obj *v = nargs ? float_from_object(args[0]) : gp_float_new(0.0);
    if (!v || t == &gp_float_type) return v;
    gp_obj *o = gp_obj_alloc(t);
    if (o) ((gp_float *)o)->value = GP_FLOAT_VALUE(v);
    gp_decref(v);
    return o;
}

/* ---- the type ---------------------------------------------------------------------------------------- */

gp_type gp_float_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "float",
    .basicsize = sizeof(gp_float),
    .flags = GP_TF_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .nb = {
        [GP_OP_ADD] = float_add, [GP_OP_SUB] = float_sub, [GP_OP_MUL] = float_mul,
        [GP_OP_TRUEDIV] = float_truediv, [GP_OP_FLOORDIV] = float_floordiv, [GP_OP_MOD] = float_mod,
        [GP_OP_POW] = float_pow,
    },
    .nb_pow3 = float_pow3,
    .nb_neg = float_neg,
    .nb_pos = float_pos,
    .nb_abs = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_pos,
    .tp_new = float_new,
    .methods = gp_float_methods,
    .getsets = gp_float_getsets,
};
