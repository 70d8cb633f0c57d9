/*
 * obj_complex.c — complex numbers: arithmetic mixed with int and float,
 * CPython's repr ("(1+2j)", "1j", "-0j"), hash, complex(real, imag) and
 * complex("1+2j"), and the power algorithm (repeated squaring for small
 * integer exponents, polar form otherwise).
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"

typedef struct { double re, im; } cval;

gp_obj *gp_complex_new(double real, double imag)
{
    gp_complex *c = (gp_complex *)gp_obj_alloc(&gp_complex_type);
    if (!c) return NULL;
    c->real = real;
    c->imag = imag;
    return (gp_obj *)c;
}

static gp_obj *cnew(cval v) { return gp_complex_new(v.re, v.im); }

/* 1: converted, 0: NotImplemented, -1: error */
static int to_c(gp_obj *o, cval *out)
{
    if (GP_TYPE_CHECK(o, &gp_complex_type)) { out->re = ((gp_complex *)o)->real; out->im = ((gp_complex *)o)->imag; return 1; }
    if (GP_FLOAT_CHECK(o)) { out->re = GP_FLOAT_VALUE(o); out->im = 0; return 1; }
    if (GP_INT_CHECK(o)) {
        out->re = gp_int_as_double(o);
        out->im = 0;
        return out->re == -1.0 && gp_err_occurred() ? -1 : 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y) \
    cval x, y; \
    { int r1 = to_c(a, &x); if (r1 <= 0) return r1 < 0 ? NULL : GP_NOTIMPLEMENTED; \
      int r2 = to_c(b, &y); if (r2 <= 0) return r2 < 0 ? NULL : GP_NOTIMPLEMENTED; }

static gp_obj *c_add(gp_obj *a, gp_obj *b) { OPERANDS(a, b, x, y); return cnew((cval){x.re + y.re, x.im + y.im}); }
static gp_obj *c_sub(gp_obj *a, gp_obj *b) { OPERANDS(a, b, x, y); return cnew((cval){x.re - y.re, x.im - y.im}); }

static cval cmul(cval x, cval y) { return (cval){x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re}; }
static gp_obj *c_mul(gp_obj *a, gp_obj *b) { OPERANDS(a, b, x, y); return cnew(cmul(x, y)); }

static int cdiv(cval a, cval b, cval *r)
{
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) return -1;
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        r->re = (a.re + a.im * ratio) / denom;
        r->im = (a.im - a.re * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r->re = (a.re * ratio + a.im) / denom;
        r->im = (a.im * ratio - a.re) / denom;
    } else {
        r->re = r->im = NAN;
    }
    return 0;
}

static gp_obj *c_div(gp_obj *a, gp_obj *b)
{
    OPERANDS(a, b, x, y);
    cval r;
    if (cdiv(x, y, &r) < 0) return gp_err_set_str(gp_exc_ZeroDivisionError, "complex division by zero");
    return cnew(r);
}

static cval c_powu(cval x, long n)
{
    cval r = {1, 0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = cmul(r, p);
        p = cmul(p, p);
    }
    return r;
}

static int c_pow_impl(cval a, cval b, cval *r)
{
    if (b.re == 0 && b.im == 0) { *r = (cval){1, 0}; return 0; }
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) return -1;
        *r = (cval){0, 0};
        return 0;
    }
    if (b.im == 0 && b.re == floor(b.re) && fabs(b.re) <= 100) {
        long n = (long)b.re;
        if (n > 0) *r = c_powu(a, n);
        else if (cdiv((cval){1, 0}, c_powu(a, -n), r) < 0) return -1;
        return 0;
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    *r = (cval){len * cos(phase), len * sin(phase)};
    return 0;
}

static gp_obj *c_pow(gp_obj *a, gp_obj *b)
{
    OPERANDS(a, b, x, y);
    cval r;
    if (c_pow_impl(x, y, &r) < 0) return gp_err_set_str(gp_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (!isfinite(r.re) || !isfinite(r.im)) {
        if (isfinite(x.re) && isfinite(x.im) && isfinite(y.re) && isfinite(y.im))
            return gp_err_set_str(gp_exc_OverflowError, "complex exponentiation");
    }
    return cnew(r);
}

gp_obj *gp_complex_pow_real(double x, double y)
{
    cval r;
    if (c_pow_impl((cval){x, 0}, (cval){y, 0}, &r) < 0)
        return gp_err_set_str(gp_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    return cnew(r);
}

static gp_obj *c_pow3(gp_obj *a, gp_obj *b, gp_obj *m) { return gp_err_set_str(gp_exc_ValueError, "complex modulo"); }
static gp_obj *c_neg(gp_obj *a) { return gp_complex_new(-((gp_complex *)a)->real, -((gp_complex *)a)->imag); }
static gp_obj *c_pos(gp_obj *a) { return gp_complex_new(((gp_complex *)a)->real, ((gp_complex *)a)->imag); }

static gp_obj *c_abs(gp_obj *a)
{
    double r = hypot(((gp_complex *)a)->real, ((gp_complex *)a)->imag);
    if (isinf(r) && isfinite(((gp_complex *)a)->real) && isfinite(((gp_complex *)a)->imag))
        return gp_err_set_str(gp_exc_OverflowError, "absolute value too large");
    return gp_float_new(r);
}

static int c_bool(gp_obj *a) { return ((gp_complex *)a)->real != 0 || ((gp_complex *)a)->imag != 0; }

static gp_obj *c_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (op != GP_EQ && op != GP_NE) return GP_NOTIMPLEMENTED;
    cval x;
    if (to_c(a, &x) <= 0) return GP_NOTIMPLEMENTED;
    bool eq;
    if (GP_INT_CHECK(b)) {
        eq = x.im == 0 && isfinite(x.re) && gp_int_cmp_double(b, x.re) == 0;
    } else {
        cval y;
        int r = to_c(b, &y);
        if (r <= 0) return r < 0 ? NULL : GP_NOTIMPLEMENTED;
        eq = x.re == y.re && x.im == y.im;
    }
    return gp_bool_new(op == GP_EQ ? eq : !eq);
}

static gp_hash c_hash(gp_obj *o)
{
    gp_complex *c = (gp_complex *)o;
    uint64_t hr = (uint64_t)gp_hash_double(o, c->real), hi = (uint64_t)gp_hash_double(o, c->imag);
    gp_hash h = (gp_hash)(hr + 1000003ULL * hi);
    return h == -1 ? -2 : h;
}

/* Component text: repr without a forced ".0" ("1", "2.5", "1e+16", "inf"). */
static void add_component(gp_strbuf *b, double v, bool sign)
{
    if (sign && !signbit(v) && !isnan(v)) gp_strbuf_add(b, "+", 1);
    if (isnan(v)) { gp_strbuf_addc(b, sign ? "+nan" : "nan"); return; }
    gp_strbuf t;
    gp_strbuf_init(&t);
    gp_float_repr_into(&t, v);
    if (t.len >= 2 && t.data[t.len - 2] == '.' && t.data[t.len - 1] == '0') t.len -= 2;
    gp_strbuf_add(b, t.data ? t.data : "", t.len);
    gp_strbuf_free(&t);
}

static gp_obj *c_repr(gp_obj *o)
{
    gp_complex *c = (gp_complex *)o;
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (c->real == 0 && !signbit(c->real)) {
        add_component(&b, c->imag, false);
        gp_strbuf_add(&b, "j", 1);
    } else {
        gp_strbuf_add(&b, "(", 1);
        add_component(&b, c->real, false);
        add_component(&b, c->imag, true);
        gp_strbuf_add(&b, "j)", 2);
    }
    return gp_strbuf_finish(&b);
}

/* ---- complex() -------------------------------------------------------------------------------- */

static int parse_complex(const char *s, size_t n, cval *out)
{
    char *buf = malloc(n + 1);
    if (!buf) { gp_err_nomemory(); return -1; }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (!isspace((unsigned char)s[i]) || (k && i + 1 < n && 0)) buf[k++] = s[i];
    buf[k] = 0;
    char *p = buf;
    bool paren = k >= 2 && buf[0] == '(' && buf[k - 1] == ')';
    if (paren) { buf[k - 1] = 0; p++; }
    char *end;
    double a = strtod(p, &end);
    bool ok = end != p;
    cval v = {0, 0};
    if (ok && *end == 0) v.re = a;
    else if (ok && (*end == 'j' || *end == 'J') && end[1] == 0) v.im = a;
    else if (ok && (*end == '+' || *end == '-')) {
        char *q = end;
        double bb = strtod(q, &end);
        if (end == q) { bb = *q == '-' ? -1 : 1; end = q + 1; }
        ok = (*end == 'j' || *end == 'J') && end[1] == 0;
        v.re = a;
        v.im = bb;
    } else if (!ok && (*p == '+' || *p == '-' || *p == 'j' || *p == 'J')) {
        double sgn = *p == '-' ? -1 : 1;
        char *q = *p == 'j' || *p == 'J' ? p : p + 1;
        ok = (*q == 'j' || *q == 'J') && q[1] == 0;
        v.im = sgn;
    } else {
        ok = false;
    }
    free(buf);
    if (!ok) { gp_err_set_str(gp_exc_ValueError, "complex() arg is a malformed string"); return -1; }
    *out = v;
    return 0;
}

static gp_obj *c_tp_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"real", "imag", NULL};
    gp_obj *a[2];
    if (gp_parse_args("complex", args, nargs, kw, names, 2, 0, a) < 0) return NULL;
    cval r = {0, 0}, i = {0, 0};
    bool via_dunder = false;
    if (a[0] && !GP_STR_CHECK(a[0]) && !GP_TYPE_CHECK(a[0], &gp_complex_type) &&
        gp_type_lookup(GP_TYPE(a[0]), gp_str_intern_cstr("__complex__"))) {
        /* a user class converts itself, as complex() does in CPython */
        gp_obj *conv = gp_call_method(a[0], "__complex__", NULL, 0);
        if (!conv) return NULL;
        if (!GP_TYPE_CHECK(conv, &gp_complex_type)) {
            gp_err_format(gp_exc_TypeError, "__complex__ returned non-complex (type %T)", conv);
            gp_decref(conv);
            return NULL;
        }
        r.re = ((gp_complex *)conv)->real;
        r.im = ((gp_complex *)conv)->imag;
        gp_decref(conv);
        via_dunder = true;
    }
    if (via_dunder) {
        /* converted above */
    } else if (a[0] && GP_STR_CHECK(a[0])) {
        if (a[1]) return gp_err_set_str(gp_exc_TypeError, "complex() can't take second arg if first is a string");
        if (parse_complex(GP_STR_DATA(a[0]), (size_t)GP_STR_NBYTES(a[0]), &r) < 0) return NULL;
    } else if (a[0]) {
        int k = to_c(a[0], &r);
        if (k < 0) return NULL;
        if (k == 0) {
            double d = gp_float_as_double(a[0]);
            if (d == -1.0 && gp_err_occurred()) {
                gp_err_clear();
                return gp_err_format(gp_exc_TypeError, "complex() first argument must be a string or a number, not '%T'", a[0]);
            }
            r.re = d;
        }
    }
    if (a[1]) {
        if (GP_STR_CHECK(a[1])) return gp_err_set_str(gp_exc_TypeError, "complex() second arg can't be a string");
        int k = to_c(a[1], &i);
        if (k <= 0) {
            if (k == 0) gp_err_format(gp_exc_TypeError, "complex() second argument must be a number, not '%T'", a[1]);
            return NULL;
        }
    }
    bool ri = via_dunder || (a[0] && GP_TYPE_CHECK(a[0], &gp_complex_type)), ii = a[1] && GP_TYPE_CHECK(a[1], &gp_complex_type);
    cval v = {ri || ii ? r.re - i.im : r.re, !a[1] ? r.im : (ri ? i.re + r.im : i.re)};
    gp_complex *c = (gp_complex *)gp_obj_alloc(t);
    if (!c) return NULL;
    c->real = v.re;
    c->imag = v.im;
    return (gp_obj *)c;
}

static gp_obj *c_conjugate(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_complex_new(((gp_complex *)self)->real, -((gp_complex *)self)->imag);
}

static gp_obj *c_get_real(gp_obj *o) { return gp_float_new(((gp_complex *)o)->real); }
static gp_obj *c_get_imag(gp_obj *o) { return gp_float_new(((gp_complex *)o)->imag); }

static gp_obj *c_format(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__format__", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (GP_STR_NBYTES(args[0]) == 0) return gp_str(self);
    return gp_format_complex(((gp_complex *)self)->real, ((gp_complex *)self)->imag, args[0]);
}

static const gp_methoddef c_methods[] = {
    {"conjugate", c_conjugate, 0, NULL},
    {"__format__", c_format, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const gp_getsetdef c_getsets[] = {
    {"real", c_get_real, NULL}, {"imag", c_get_imag, NULL}, {NULL, NULL, NULL},
};

static void c_dealloc(gp_obj *o) { gp_obj_free(o); }

gp_type gp_complex_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "complex",
    .basicsize = sizeof(gp_complex),
    .flags = GP_TF_BASETYPE,
    .dealloc = c_dealloc,
    .repr = c_repr,
    .hash = c_hash,
    .richcompare = c_richcompare,
    .nb = {[GP_OP_ADD] = c_add, [GP_OP_SUB] = c_sub, [GP_OP_MUL] = c_mul, [GP_OP_TRUEDIV] = c_div, [GP_OP_POW] = c_pow},
    .nb_pow3 = c_pow3,
    .nb_neg = c_neg,
    .nb_pos = c_pos,
    .nb_abs = c_abs,
    .nb_bool = c_bool,
    .tp_new = c_tp_new,
    .methods = c_methods,
    .getsets = c_getsets,
};
