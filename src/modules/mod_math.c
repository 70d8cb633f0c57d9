/*
 * mod_math.c — the math module. Float functions follow CPython's error
 * rules (ValueError "math domain error", OverflowError "math range
 * error"); the integer functions (factorial, gcd, lcm, isqrt, comb, perm)
 * are exact on big integers through GMP.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

static gp_obj *domain_error(void) { return gp_err_set_str(gp_exc_ValueError, "math domain error"); }
static gp_obj *range_error(void) { return gp_err_set_str(gp_exc_OverflowError, "math range error"); }

static int arg_double(gp_obj *o, double *out) {
    if (GP_TYPE(o) == &gp_float_type) { *out = GP_FLOAT_VALUE(o); return 0; }
    double d = gp_float_as_double(o);
    if (d == -1.0 && gp_err_occurred()) return -1;
    *out = d;
    return 0;
}

/* Result checks: NaN from non-NaN is a domain error; inf from finite is
 * a range error when the function can overflow, else a domain error. */
static gp_obj *checked(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return gp_float_new(r);
}

#define UNARY(name, expr, ovf)                                                                  \
    static gp_obj *m_##name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) { \
        if (gp_check_nargs(#name, nargs, kwnames, 1, 1) < 0) return NULL;                       \
        double x;                                                                               \
        if (arg_double(args[0], &x) < 0) return NULL;                                           \
        return checked(x, expr, ovf);                                                           \
    }

UNARY(sqrt, sqrt(x), false)
UNARY(exp, exp(x), true)
UNARY(exp2, exp2(x), true)
UNARY(expm1, expm1(x), true)
UNARY(log1p, (x <= -1.0 ? NAN : log1p(x)), false)
UNARY(sin, (isinf(x) ? NAN : sin(x)), false)
UNARY(cos, (isinf(x) ? NAN : cos(x)), false)
UNARY(tan, (isinf(x) ? NAN : tan(x)), false)
UNARY(asin, asin(x), false)
UNARY(acos, acos(x), false)
UNARY(atan, atan(x), false)
UNARY(sinh, sinh(x), true)
UNARY(cosh, cosh(x), true)
UNARY(tanh, tanh(x), false)
UNARY(asinh, asinh(x), false)
UNARY(acosh, acosh(x), false)
UNARY(atanh, (fabs(x) >= 1.0 ? NAN : atanh(x)), false)
UNARY(fabs, fabs(x), false)
UNARY(erf, erf(x), false)
UNARY(erfc, erfc(x), false)
UNARY(degrees, x * (180.0 / M_PI), true)
UNARY(radians, x * (M_PI / 180.0), false)
UNARY(cbrt, cbrt(x), false)

static gp_obj *m_gamma(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("gamma", nargs, kwnames, 1, 1) < 0) return NULL;
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return gp_float_new(x);
    if (x == -INFINITY || (x <= 0 && x == floor(x))) return domain_error();
    double r = tgamma(x);
    if (isinf(r) && isfinite(x)) return range_error();
    return gp_float_new(r);
}

static gp_obj *m_lgamma(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("lgamma", nargs, kwnames, 1, 1) < 0) return NULL;
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return gp_float_new(x);
    if (x <= 0 && x == floor(x) && isfinite(x)) return domain_error();
    double r = lgamma(x);
    if (isinf(r) && isfinite(x)) return range_error();
    return gp_float_new(r);
}

/* func (log, log2 or log10) of a big positive int: as CPython, of its
 * mantissa plus the exponent times func(2), so log2(2**2000) is exact */
static int big_log_of(gp_int *i, double (*func)(double), double *out) {
    long e;
    double m = mpz_get_d_2exp(&e, i->big);
    *out = func(m) + (double)e * func(2.0);
    return 0;
}

/* log of any positive number, including ints too big for a double */
static int log_of(gp_obj *o, double *out) {
    if (GP_INT_CHECK(o)) {
        if (gp_int_sign(o) <= 0) { domain_error(); return -1; }
        gp_int *i = (gp_int *)o;
        if (i->big) {
            return big_log_of(i, log, out);
        }
        *out = log((double)i->small);
        return 0;
    }
    double x;
    if (arg_double(o, &x) < 0) return -1;
    if (isnan(x)) { *out = x; return 0; }
    if (x <= 0) { domain_error(); return -1; }
    *out = log(x);
    return 0;
}

static gp_obj *m_log(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("log", nargs, kwnames, 1, 2) < 0) return NULL;
    double num;
    if (log_of(args[0], &num) < 0) return NULL;
    if (nargs == 2) {
        double den;
        if (log_of(args[1], &den) < 0) return NULL;
        if (den == 0.0) return gp_err_set_str(gp_exc_ZeroDivisionError, "float division by zero");
        return gp_float_new(num / den);
    }
    return gp_float_new(num);
}

static gp_obj *m_log2(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("log2", nargs, kwnames, 1, 1) < 0) return NULL;
    if (GP_INT_CHECK(args[0]) && !((gp_int *)args[0])->big && ((gp_int *)args[0])->small > 0)
        return gp_float_new(log2((double)((gp_int *)args[0])->small));
    if (GP_INT_CHECK(args[0]) && ((gp_int *)args[0])->big && gp_int_sign(args[0]) > 0) {
        double r;
        big_log_of((gp_int *)args[0], log2, &r);
        return gp_float_new(r);
    }
    double v;
    if (log_of(args[0], &v) < 0) return NULL;
    return gp_float_new(GP_FLOAT_CHECK(args[0]) ? log2(GP_FLOAT_VALUE(args[0])) : v / M_LN2);
}

static gp_obj *m_log10(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("log10", nargs, kwnames, 1, 1) < 0) return NULL;
    if (GP_INT_CHECK(args[0]) && !((gp_int *)args[0])->big && ((gp_int *)args[0])->small > 0)
        return gp_float_new(log10((double)((gp_int *)args[0])->small));
    if (GP_INT_CHECK(args[0]) && ((gp_int *)args[0])->big && gp_int_sign(args[0]) > 0) {
        double r;
        big_log_of((gp_int *)args[0], log10, &r);
        return gp_float_new(r);
    }
    double v;
    if (log_of(args[0], &v) < 0) return NULL;
    return gp_float_new(GP_FLOAT_CHECK(args[0]) ? log10(GP_FLOAT_VALUE(args[0])) : v / M_LN10);
}

#define BINARY_FLOATS(name)                                                                 \
    double x, y;                                                                            \
    if (gp_check_nargs(#name, nargs, kwnames, 2, 2) < 0) return NULL;                       \
    if (arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0) return NULL;

static gp_obj *m_pow(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    BINARY_FLOATS(pow)
    if (x == 0.0 && y < 0.0) return domain_error();
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) return domain_error();
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return gp_float_new(r);
}

static gp_obj *m_atan2(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    BINARY_FLOATS(atan2)
    return gp_float_new(atan2(x, y));
}

static gp_obj *m_fmod(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    BINARY_FLOATS(fmod)
    if (isinf(y) && isfinite(x)) return gp_float_new(x);
    if (y == 0.0 || isinf(x)) {
        if (isnan(x) || isnan(y)) return gp_float_new(NAN);
        return domain_error();
    }
    return gp_float_new(fmod(x, y));
}

static gp_obj *m_remainder(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    BINARY_FLOATS(remainder)
    if (isnan(x) || isnan(y)) return gp_float_new(NAN);
    if (isinf(x) || y == 0.0) return domain_error();
    return gp_float_new(remainder(x, y));
}

static gp_obj *m_copysign(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    BINARY_FLOATS(copysign)
    return gp_float_new(copysign(x, y));
}

static gp_obj *m_nextafter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    BINARY_FLOATS(nextafter)
    return gp_float_new(nextafter(x, y));
}

static gp_obj *m_ldexp(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("ldexp", nargs, kwnames, 2, 2) < 0) return NULL;
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (!GP_INT_CHECK(args[1])) return gp_err_set_str(gp_exc_TypeError, "Expected an int as second argument to ldexp.");
    int ovf = 0;
    int64_t e = gp_int_as_i64(args[1], &ovf);
    if (ovf || e > 100000) e = e > 0 || (ovf && gp_int_sign(args[1]) > 0) ? 100000 : -100000;
    if (e < -100000) e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x)) return range_error();
    return gp_float_new(r);
}

static gp_obj *m_frexp(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("frexp", nargs, kwnames, 1, 1) < 0) return NULL;
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    gp_obj *a = gp_float_new(m), *b = gp_int_from_i64(e);
    gp_obj *r = (a && b) ? gp_tuple_pack(2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

static gp_obj *m_modf(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("modf", nargs, kwnames, 1, 1) < 0) return NULL;
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    double ip, fp;
    if (isinf(x)) { ip = x; fp = copysign(0.0, x); }
    else fp = modf(x, &ip);
    gp_obj *a = gp_float_new(fp), *b = gp_float_new(ip);
    gp_obj *r = (a && b) ? gp_tuple_pack(2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

static gp_obj *m_ulp(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("ulp", nargs, kwnames, 1, 1) < 0) return NULL;
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return gp_float_new(x);
    x = fabs(x);
    if (isinf(x)) return gp_float_new(x);
    double n = nextafter(x, INFINITY);
    if (isinf(n)) return gp_float_new(x - nextafter(x, -INFINITY));
    return gp_float_new(n - x);
}

static gp_obj *round_special(gp_obj *o, const char *meth, double (*fn)(double), const char *name) {
    if (GP_INT_EXACT(o)) return gp_incref(o);
    if (GP_TYPE(o) == &gp_float_type) {
        double r = fn(GP_FLOAT_VALUE(o));
        return gp_int_from_double(r);
    }
    gp_obj *m = gp_type_lookup(GP_TYPE(o), gp_str_intern_cstr(meth));
    if (m) return gp_call_method(o, meth, NULL, 0);
    double x;
    if (arg_double(o, &x) < 0) return NULL;
    (void)name;
    return gp_int_from_double(fn(x));
}

static gp_obj *m_floor(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("floor", nargs, kwnames, 1, 1) < 0) return NULL;
    return round_special(args[0], "__floor__", floor, "floor");
}

static gp_obj *m_ceil(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("ceil", nargs, kwnames, 1, 1) < 0) return NULL;
    return round_special(args[0], "__ceil__", ceil, "ceil");
}

static gp_obj *m_trunc(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("trunc", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *o = args[0];
    if (GP_INT_EXACT(o)) return gp_incref(o);
    if (GP_TYPE(o) == &gp_float_type) return gp_int_from_double(trunc(GP_FLOAT_VALUE(o)));
    if (gp_type_lookup(GP_TYPE(o), gp_str_intern_cstr("__trunc__"))) return gp_call_method(o, "__trunc__", NULL, 0);
    return gp_err_format(gp_exc_TypeError, "type %s doesn't define __trunc__ method", gp_type_name(GP_TYPE(o)));
}

#define PRED(name, expr)                                                                        \
    static gp_obj *m_##name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) { \
        if (gp_check_nargs(#name, nargs, kwnames, 1, 1) < 0) return NULL;                       \
        double x;                                                                               \
        if (arg_double(args[0], &x) < 0) return NULL;                                           \
        return gp_bool_new(expr);                                                               \
    }
PRED(isnan, isnan(x))
PRED(isinf, isinf(x))
PRED(isfinite, isfinite(x))

static gp_obj *m_isclose(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    gp_obj *a[4] = {NULL};
    if (gp_parse_args("isclose", args, nargs, kwnames, kw, 2, 2, a) < 0) return NULL;
    double x, y, rel = 1e-9, abst = 0.0;
    if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0) return NULL;
    if (a[2] && arg_double(a[2], &rel) < 0) return NULL;
    if (a[3] && arg_double(a[3], &abst) < 0) return NULL;
    if (rel < 0.0 || abst < 0.0) return gp_err_set_str(gp_exc_ValueError, "tolerances must be non-negative");
    if (x == y) return gp_bool_new(true);
    if (isinf(x) || isinf(y)) return gp_bool_new(false);
    double diff = fabs(y - x);
    return gp_bool_new((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abst));
}

/* sqrt(sum of squares) of n finite, non-negative values, max being the
 * largest: scaled by a power of two near max, the squares summed exactly
 * enough (each square split in two with fma, compensated sum), then one
 * Newton correction of the root; close to CPython's vector_norm, which
 * is correctly rounded in practice (dist((1,1,1),(2,2,2)) == sqrt(3)). */
static double vector_norm(const double *v, size_t n, double max) {
    if (max == 0.0 || n <= 1) return max;
    if (n == 2) return hypot(v[0], v[1]);
    int e;
    frexp(max, &e);
    double sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double hi = x * x, lo = fma(x, x, -hi);
        double t = sum + hi;
        comp += fabs(sum) >= fabs(hi) ? (sum - t) + hi : (hi - t) + sum;
        sum = t;
        comp += lo;
    }
    double total = sum + comp;
    double lo_total = comp - (total - sum);
    double h = sqrt(total);
    /* the residual total - h*h, exactly, corrects h by half of it over h */
    double r = fma(-h, h, total) + lo_total;
    h += r / (2.0 * h);
    return ldexp(h, e);
}

static gp_obj *m_hypot(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("hypot", nargs, kwnames, 0, 1000000) < 0) return NULL;
    double buf[16];
    double *v = nargs <= 16 ? buf : malloc(nargs * sizeof(double));
    if (!v) return gp_err_nomemory();
    double max = 0.0;
    bool any_inf = false, any_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (arg_double(args[i], &x) < 0) {
            if (v != buf) free(v);
            return NULL;
        }
        x = fabs(x);
        if (isinf(x)) any_inf = true;
        if (isnan(x)) any_nan = true;
        if (x > max) max = x;
        v[i] = x;
    }
    double r = any_inf ? INFINITY : any_nan ? NAN : vector_norm(v, nargs, max);
    if (v != buf) free(v);
    return gp_float_new(r);
}

static gp_obj *m_dist(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("dist", nargs, kwnames, 2, 2) < 0) return NULL;
    gp_obj *p = gp_tuple_from_iterable(args[0]);
    if (!p) return NULL;
    gp_obj *q = gp_tuple_from_iterable(args[1]);
    if (!q) { gp_decref(p); return NULL; }
    gp_obj *res = NULL;
    if (GP_TUPLE_SIZE(p) != GP_TUPLE_SIZE(q)) {
        gp_err_set_str(gp_exc_ValueError, "both points must have the same number of dimensions");
    } else {
        gp_ssize n = GP_TUPLE_SIZE(p), i;
        double buf[16];
        double *v = n <= 16 ? buf : malloc((size_t)n * sizeof(double));
        double max = 0.0;
        bool any_inf = false, any_nan = false;
        if (!v) {
            gp_err_nomemory();
            n = -1;
        }
        for (i = 0; i < n; i++) {
            double x, y;
            if (arg_double(GP_TUPLE_GET(p, i), &x) < 0 || arg_double(GP_TUPLE_GET(q, i), &y) < 0) break;
            double d = fabs(x - y);
            if (isinf(d)) any_inf = true;
            if (isnan(d)) any_nan = true;
            if (d > max) max = d;
            v[i] = d;
        }
        if (i == n) res = gp_float_new(any_inf ? INFINITY : any_nan ? NAN : vector_norm(v, (size_t)n, max));
        if (v && v != buf) free(v);
    }
    gp_decref(p);
    gp_decref(q);
    return res;
}

/* Shewchuk's exact summation, as CPython's fsum. */
static gp_obj *m_fsum(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("fsum", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *it = gp_iter(args[0]);
    if (!it) return NULL;
    double partials[64];
    double *p = partials;
    size_t n = 0, cap = 64;
    double special = 0.0, inf_sum = 0.0;
    bool have_special = false;
    gp_obj *item;
    while ((item = gp_iternext(it))) {
        double x;
        int rc = arg_double(item, &x);
        gp_decref(item);
        if (rc < 0) goto fail;
        if (!isfinite(x)) {
            if (isinf(x)) inf_sum += x;
            special += x;
            have_special = true;
            continue;
        }
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (n == cap) {
            size_t nc = cap * 2;
            double *np = gp_mem_alloc(nc * sizeof(double));
            if (!np) goto fail;
            memcpy(np, p, n * sizeof(double));
            if (p != partials) gp_mem_free(p);
            p = np;
            cap = nc;
        }
        p[n++] = x;
    }
    if (gp_err_occurred()) goto fail;
    gp_decref(it);
    double hi = 0.0;
    if (have_special) {
        if (p != partials) gp_mem_free(p);
        if (isnan(inf_sum)) return gp_err_set_str(gp_exc_ValueError, "-inf + inf in fsum");
        return gp_float_new(special);
    }
    if (n > 0) {
        hi = p[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    if (p != partials) gp_mem_free(p);
    return gp_float_new(hi);
fail:
    if (p != partials) gp_mem_free(p);
    gp_decref(it);
    return NULL;
}

/* ---- exact integer functions --------------------------------------------- */

static int to_mpz(gp_obj *o, mpz_t z, const char *fname) {
    if (!GP_INT_CHECK(o)) {
        gp_obj *i = gp_index(o);
        if (!i) return -1;
        int rc = to_mpz(i, z, fname);
        gp_decref(i);
        return rc;
    }
    gp_int *v = (gp_int *)o;
    if (v->big) mpz_set(z, v->big);
    else mpz_set_si(z, (long)v->small);
    return 0;
}

static gp_obj *m_factorial(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("factorial", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *o = args[0];
    if (GP_FLOAT_CHECK(o)) return gp_err_set_str(gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
    mpz_t z;
    mpz_init(z);
    if (to_mpz(o, z, "factorial") < 0) { mpz_clear(z); return NULL; }
    if (mpz_sgn(z) < 0) { mpz_clear(z); return gp_err_set_str(gp_exc_ValueError, "factorial() not defined for negative values"); }
    if (!mpz_fits_ulong_p(z) || mpz_get_ui(z) > 100000000UL) {
        mpz_clear(z);
        return gp_err_set_str(gp_exc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    }
    unsigned long n = mpz_get_ui(z);
    mpz_fac_ui(z, n);
    gp_obj *r = gp_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static gp_obj *gcd_lcm(gp_obj *const *args, size_t nargs, bool lcm, const char *name) {
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    for (size_t i = 0; i < nargs; i++) {
        if (!GP_INT_CHECK(args[i]) && GP_FLOAT_CHECK(args[i])) {
            mpz_clear(acc);
            mpz_clear(x);
            return gp_err_set_str(gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
        }
        if (to_mpz(args[i], x, name) < 0) { mpz_clear(acc); mpz_clear(x); return NULL; }
        if (lcm) mpz_lcm(acc, acc, x);
        else mpz_gcd(acc, acc, x);
    }
    gp_obj *r = gp_int_from_mpz(acc);
    mpz_clear(acc);
    mpz_clear(x);
    return r;
}

static gp_obj *m_gcd(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("gcd", nargs, kwnames, 0, 1000000) < 0) return NULL;
    return gcd_lcm(args, nargs, false, "gcd");
}

static gp_obj *m_lcm(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("lcm", nargs, kwnames, 0, 1000000) < 0) return NULL;
    return gcd_lcm(args, nargs, true, "lcm");
}

static gp_obj *m_isqrt(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("isqrt", nargs, kwnames, 1, 1) < 0) return NULL;
    if (GP_FLOAT_CHECK(args[0])) return gp_err_set_str(gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
    mpz_t z;
    mpz_init(z);
    if (to_mpz(args[0], z, "isqrt") < 0) { mpz_clear(z); return NULL; }
    if (mpz_sgn(z) < 0) { mpz_clear(z); return gp_err_set_str(gp_exc_ValueError, "isqrt() argument must be nonnegative"); }
    mpz_sqrt(z, z);
    gp_obj *r = gp_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static gp_obj *comb_perm(gp_obj *const *args, size_t nargs, bool comb) {
    for (size_t i = 0; i < nargs; i++)
        if (GP_FLOAT_CHECK(args[i])) return gp_err_set_str(gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
    mpz_t n, k, r;
    mpz_init(n);
    mpz_init(k);
    mpz_init(r);
    gp_obj *res = NULL;
    if (to_mpz(args[0], n, "comb") < 0) goto out;
    if (nargs > 1 && args[1] != gp_None) {
        if (to_mpz(args[1], k, "comb") < 0) goto out;
    } else {
        mpz_set(k, n);
    }
    if (mpz_sgn(n) < 0) { gp_err_set_str(gp_exc_ValueError, "n must be a non-negative integer"); goto out; }
    if (mpz_sgn(k) < 0) { gp_err_set_str(gp_exc_ValueError, "k must be a non-negative integer"); goto out; }
    if (mpz_cmp(k, n) > 0) { res = gp_int_from_i64(0); goto out; }
    if (!mpz_fits_ulong_p(k)) { gp_err_set_str(gp_exc_OverflowError, "k must not exceed 9223372036854775807"); goto out; }
    if (comb) {
        mpz_t nk;
        mpz_init(nk);
        mpz_sub(nk, n, k);
        if (mpz_cmp(nk, k) < 0) mpz_set(k, nk);
        mpz_clear(nk);
        mpz_bin_ui(r, n, mpz_get_ui(k));
    } else {
        unsigned long kk = mpz_get_ui(k);
        mpz_set_ui(r, 1);
        mpz_t t;
        mpz_init_set(t, n);
        for (unsigned long i = 0; i < kk; i++) {
            mpz_mul(r, r, t);
            mpz_sub_ui(t, t, 1);
        }
        mpz_clear(t);
    }
    res = gp_int_from_mpz(r);
out:
    mpz_clear(n);
    mpz_clear(k);
    mpz_clear(r);
    return res;
}

static gp_obj *m_comb(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("comb", nargs, kwnames, 2, 2) < 0) return NULL;
    return comb_perm(args, nargs, true);
}

static gp_obj *m_perm(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("perm", nargs, kwnames, 1, 2) < 0) return NULL;
    return comb_perm(args, nargs, false);
}

static gp_obj *m_prod(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const kw[] = {"iterable", "start", NULL};
    gp_obj *a[2] = {NULL, NULL};
    if (gp_parse_args("prod", args, nargs, kwnames, kw, 1, 1, a) < 0) return NULL;
    gp_obj *acc = a[1] ? gp_incref(a[1]) : gp_int_from_i64(1);
    gp_obj *it = gp_iter(a[0]);
    if (!it) { gp_decref(acc); return NULL; }
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        gp_obj *n = gp_binop(acc, x, GP_OP_MUL);
        gp_decref(x);
        gp_decref(acc);
        acc = n;
        if (!acc) break;
    }
    gp_decref(it);
    if (acc && gp_err_occurred()) GP_CLEAR(acc);
    return acc;
}

static const gp_methoddef math_functions[] = {
    {"sqrt", m_sqrt, 0, NULL}, {"exp", m_exp, 0, NULL}, {"exp2", m_exp2, 0, NULL},
    {"expm1", m_expm1, 0, NULL}, {"log", m_log, 0, NULL}, {"log2", m_log2, 0, NULL},
    {"log10", m_log10, 0, NULL}, {"log1p", m_log1p, 0, NULL}, {"pow", m_pow, 0, NULL},
    {"sin", m_sin, 0, NULL}, {"cos", m_cos, 0, NULL}, {"tan", m_tan, 0, NULL},
    {"asin", m_asin, 0, NULL}, {"acos", m_acos, 0, NULL}, {"atan", m_atan, 0, NULL},
    {"atan2", m_atan2, 0, NULL}, {"sinh", m_sinh, 0, NULL}, {"cosh", m_cosh, 0, NULL},
    {"tanh", m_tanh, 0, NULL}, {"asinh", m_asinh, 0, NULL}, {"acosh", m_acosh, 0, NULL},
    {"atanh", m_atanh, 0, NULL}, {"fabs", m_fabs, 0, NULL}, {"erf", m_erf, 0, NULL},
    {"erfc", m_erfc, 0, NULL}, {"gamma", m_gamma, 0, NULL}, {"lgamma", m_lgamma, 0, NULL},
    {"degrees", m_degrees, 0, NULL}, {"radians", m_radians, 0, NULL}, {"cbrt", m_cbrt, 0, NULL},
    {"fmod", m_fmod, 0, NULL}, {"remainder", m_remainder, 0, NULL}, {"copysign", m_copysign, 0, NULL},
    {"nextafter", m_nextafter, 0, NULL}, {"ldexp", m_ldexp, 0, NULL}, {"frexp", m_frexp, 0, NULL},
    {"modf", m_modf, 0, NULL}, {"ulp", m_ulp, 0, NULL}, {"floor", m_floor, 0, NULL},
    {"ceil", m_ceil, 0, NULL}, {"trunc", m_trunc, 0, NULL}, {"isnan", m_isnan, 0, NULL},
    {"isinf", m_isinf, 0, NULL}, {"isfinite", m_isfinite, 0, NULL}, {"isclose", m_isclose, 0, NULL},
    {"hypot", m_hypot, 0, NULL}, {"dist", m_dist, 0, NULL}, {"fsum", m_fsum, 0, NULL},
    {"factorial", m_factorial, 0, NULL}, {"gcd", m_gcd, 0, NULL}, {"lcm", m_lcm, 0, NULL},
    {"isqrt", m_isqrt, 0, NULL}, {"comb", m_comb, 0, NULL}, {"perm", m_perm, 0, NULL},
    {"prod", m_prod, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_math_init(void) {
    gp_obj *m = gp_module_new("math");
    if (!m) return NULL;
    gp_obj *d = GP_MODULE_DICT(m);
    struct { const char *n; double v; } consts[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    if (gp_module_add_functions(m, math_functions) < 0) goto fail;
    for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
        gp_obj *v = gp_float_new(consts[i].v);
        if (!v || gp_dict_set_cstr(d, consts[i].n, v) < 0) { gp_xdecref(v); goto fail; }
        gp_decref(v);
    }
    return m;
fail:
    gp_decref(m);
    return NULL;
}
