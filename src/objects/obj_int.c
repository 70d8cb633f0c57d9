/*
 * obj_int.c — int: a machine word when the value fits in int64, a GMP
 * integer beyond. Every result is normalised back to the word form when
 * it fits, so the fast paths (add, sub, compare on small values) never
 * touch GMP. Values in [-5, 1024] are cached immortal objects; other
 * word-sized ints come from a free list.
 *
 * Conversions (parsing, repr, to/from double) live in int_convert.c and
 * the Python-visible methods in int_methods.c.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"

#define SMALL_MIN (-5)
#define SMALL_MAX 1024
static gp_int small_ints[SMALL_MAX - SMALL_MIN + 1];

#define FREE_MAX 512
static gp_int *free_list;
static int free_count;

void gp_int_init_small(void)
{
    for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
        gp_int *o = &small_ints[i - SMALL_MIN];
        o->base.refcnt = GP_IMMORTAL;
        o->base.type = &gp_int_type;
        o->small = i;
        o->big = NULL;
    }
}

gp_obj *gp_int_from_i64(int64_t v)
{
    if (v >= SMALL_MIN && v <= SMALL_MAX) return (gp_obj *)&small_ints[v - SMALL_MIN];
    gp_int *o = free_list;
    if (GP_LIKELY(o != NULL)) {
        free_list = (gp_int *)(void *)o->big;
        free_count--;
        o->base.refcnt = 1;
        o->base.type = &gp_int_type;
    } else {
        o = malloc(sizeof *o);
        if (!o) return gp_err_nomemory();
        o->base.refcnt = 1;
        o->base.type = &gp_int_type;
    }
    o->small = v;
    o->big = NULL;
    return (gp_obj *)o;
}

gp_obj *gp_int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX) return gp_int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
    return gp_int_from_mpz_steal(z);
}

gp_obj *gp_int_from_mpz_steal(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        int64_t v = mpz_get_si(z);
        mpz_clear(z);
        return gp_int_from_i64(v);
    }
    gp_obj *o = gp_int_from_i64(SMALL_MAX + 1);
    if (!o) { mpz_clear(z); return NULL; }
    mpz_ptr big = malloc(sizeof *big);
    if (!big) { mpz_clear(z); gp_decref(o); return gp_err_nomemory(); }
    *big = *z; /* moves the limbs; z must not be cleared */
    ((gp_int *)o)->big = big;
    return o;
}

gp_obj *gp_int_from_mpz(mpz_srcptr z)
{
    if (mpz_fits_slong_p(z)) return gp_int_from_i64(mpz_get_si(z));
    mpz_t c;
    mpz_init_set(c, z);
    return gp_int_from_mpz_steal(c);
}

/* An exact int with o's value (o may be a bool or an int subclass). */
gp_obj *gp_int_exact_copy(gp_obj *o)
{
    if (GP_INT_EXACT(o)) return gp_incref(o);
    gp_int *i = (gp_int *)o;
    return i->big ? gp_int_from_mpz(i->big) : gp_int_from_i64(i->small);
}

static void int_dealloc(gp_obj *o)
{
    gp_int *i = (gp_int *)o;
    if (i->big) {
        mpz_clear(i->big);
        free(i->big);
        i->big = NULL;
    }
    if (GP_TYPE(o) == &gp_int_type && free_count < FREE_MAX) {
        i->big = (mpz_ptr)(void *)free_list;
        free_list = i;
        free_count++;
        return;
    }
    gp_obj_free(o);
}

/* ---- mpz views of operands ------------------------------------------------------ */

mpz_srcptr gp_int_zget(gp_obj *o, mpz_ptr tmp)
{
    gp_int *i = (gp_int *)o;
    if (i->big) return i->big;
    mpz_init_set_si(tmp, i->small);
    return tmp;
}

void gp_int_to_mpz(gp_obj *o, mpz_ptr out)
{
    gp_int *i = (gp_int *)o;
    if (i->big) mpz_set(out, i->big);
    else mpz_set_si(out, i->small);
}

#define ZREL(p, tmp) do { if ((p) == (tmp)) mpz_clear(tmp); } while (0)
#define BOTH_INT(a, b) (GP_INT_CHECK(a) && GP_INT_CHECK(b))
#define SMALLV(o) (((gp_int *)(o))->small)
#define BOTH_SMALL(a, b) (((gp_int *)(a))->big == NULL && ((gp_int *)(b))->big == NULL)

typedef void (*zfn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static gp_obj *big_binop(gp_obj *a, gp_obj *b, zfn f)
{
    mpz_t ta, tb, r;
    mpz_srcptr za = gp_int_zget(a, ta), zb = gp_int_zget(b, tb);
    mpz_init(r);
    f(r, za, zb);
    ZREL(za, ta);
    ZREL(zb, tb);
    return gp_int_from_mpz_steal(r);
}

int gp_int_sign(gp_obj *o)
{
    gp_int *i = (gp_int *)o;
    if (i->big) return mpz_sgn(i->big);
    return (i->small > 0) - (i->small < 0);
}

static bool int_is_zero(gp_obj *o) { return GP_INT_IS_SMALL(o) && SMALLV(o) == 0; }

/* ---- arithmetic --------------------------------------------------------------------- */

static gp_obj *int_add(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    int64_t r;
    if (GP_LIKELY(BOTH_SMALL(a, b)) && !__builtin_add_overflow(SMALLV(a), SMALLV(b), &r))
        return gp_int_from_i64(r);
    return big_binop(a, b, mpz_add);
}

static gp_obj *int_sub(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    int64_t r;
    if (GP_LIKELY(BOTH_SMALL(a, b)) && !__builtin_sub_overflow(SMALLV(a), SMALLV(b), &r))
        return gp_int_from_i64(r);
    return big_binop(a, b, mpz_sub);
}

static gp_obj *int_mul(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    int64_t r;
    if (GP_LIKELY(BOTH_SMALL(a, b)) && !__builtin_mul_overflow(SMALLV(a), SMALLV(b), &r))
        return gp_int_from_i64(r);
    return big_binop(a, b, mpz_mul);
}

/* Floor division and modulo of small values; false on INT64_MIN // -1. */
static bool small_divmod(int64_t x, int64_t y, int64_t *q, int64_t *m)
{
    if (x == INT64_MIN && y == -1) return false;
    int64_t qq = x / y, mm = x % y;
    if (mm != 0 && ((mm < 0) != (y < 0))) { qq--; mm += y; }
    *q = qq;
    *m = mm;
    return true;
}

static gp_obj *int_floordiv(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (int_is_zero(b)) return gp_err_set_str(gp_exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t q, m;
    if (BOTH_SMALL(a, b) && small_divmod(SMALLV(a), SMALLV(b), &q, &m)) return gp_int_from_i64(q);
    return big_binop(a, b, mpz_fdiv_q);
}

static gp_obj *int_mod(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (int_is_zero(b)) return gp_err_set_str(gp_exc_ZeroDivisionError, "integer modulo by zero");
    int64_t q, m;
    if (BOTH_SMALL(a, b) && small_divmod(SMALLV(a), SMALLV(b), &q, &m)) return gp_int_from_i64(m);
    /* mpz_fdiv_r: remainder with the divisor's sign, as Python's % */
    return big_binop(a, b, mpz_fdiv_r);
}

gp_obj *gp_int_divmod(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (int_is_zero(b)) return gp_err_set_str(gp_exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t q, m;
    if (BOTH_SMALL(a, b) && small_divmod(SMALLV(a), SMALLV(b), &q, &m)) {
        gp_obj *qo = gp_int_from_i64(q), *mo = gp_int_from_i64(m);
        gp_obj *t = (qo && mo) ? gp_tuple_pack(2, qo, mo) : NULL;
        gp_xdecref(qo);
        gp_xdecref(mo);
        return t;
    }
    mpz_t ta, tb, zq, zr;
    mpz_srcptr za = gp_int_zget(a, ta), zb = gp_int_zget(b, tb);
    mpz_init(zq);
    mpz_init(zr);
    mpz_fdiv_qr(zq, zr, za, zb);
    ZREL(za, ta);
    ZREL(zb, tb);
    gp_obj *qo = gp_int_from_mpz_steal(zq), *mo = gp_int_from_mpz_steal(zr);
    gp_obj *t = (qo && mo) ? gp_tuple_pack(2, qo, mo) : NULL;
    gp_xdecref(qo);
    gp_xdecref(mo);
    return t;
}

static gp_obj *int_truediv(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (int_is_zero(b)) return gp_err_set_str(gp_exc_ZeroDivisionError, "division by zero");
    const int64_t lim = (int64_t)1 << 53;
    if (BOTH_SMALL(a, b)) {
        int64_t x = SMALLV(a), y = SMALLV(b);
        if (x >= -lim && x <= lim && y >= -lim && y <= lim) return gp_float_new((double)x / (double)y);
    }
    mpz_t ta, tb;
    mpz_srcptr za = gp_int_zget(a, ta), zb = gp_int_zget(b, tb);
    double d;
    int r = gp_int_ratio_to_double(za, zb, &d, "integer division result too large for a float");
    ZREL(za, ta);
    ZREL(zb, tb);
    return r < 0 ? NULL : gp_float_new(d);
}

/* Non-negative exponent, small base: square-and-multiply with overflow checks. */
static bool small_pow(int64_t base, uint64_t e, int64_t *out)
{
    int64_t r = 1;
    while (e) {
        if (e & 1 && __builtin_mul_overflow(r, base, &r)) return false;
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = r;
    return true;
}

static gp_obj *int_pow(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (gp_int_sign(b) < 0) {
        double x = gp_int_as_double(a);
        if (x == -1.0 && gp_err_occurred()) return NULL;
        double y = gp_int_as_double(b);
        if (y == -1.0 && gp_err_occurred()) return NULL;
        return gp_float_pow_double(x, y);
    }
    if (GP_INT_IS_SMALL(a)) {
        int64_t x = SMALLV(a);
        if (x == 0 || x == 1) return gp_int_from_i64(int_is_zero(b) ? 1 : x);
        if (x == -1) {
            bool odd = GP_INT_IS_SMALL(b) ? (SMALLV(b) & 1) : mpz_odd_p(((gp_int *)b)->big);
            return gp_int_from_i64(odd ? -1 : 1);
        }
        int64_t r;
        if (GP_INT_IS_SMALL(b) && small_pow(x, (uint64_t)SMALLV(b), &r)) return gp_int_from_i64(r);
    }
    if (!GP_INT_IS_SMALL(b) || SMALLV(b) > (int64_t)1 << 40)
        return gp_err_set_str(gp_exc_MemoryError, "");
    mpz_t ta, r;
    mpz_srcptr za = gp_int_zget(a, ta);
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)SMALLV(b));
    ZREL(za, ta);
    return gp_int_from_mpz_steal(r);
}

static gp_obj *int_pow3(gp_obj *a, gp_obj *b, gp_obj *m)
{
    if (!BOTH_INT(a, b) || !GP_INT_CHECK(m)) {
        if ((GP_INT_CHECK(a) || GP_FLOAT_CHECK(a)) && (GP_INT_CHECK(b) || GP_FLOAT_CHECK(b)))
            return gp_err_set_str(gp_exc_TypeError,
                                  "pow() 3rd argument not allowed unless all arguments are integers");
        return GP_NOTIMPLEMENTED;
    }
    if (int_is_zero(m)) return gp_err_set_str(gp_exc_ValueError, "pow() 3rd argument cannot be 0");
    mpz_t ta, tb, tm, base, mod, r;
    mpz_srcptr za = gp_int_zget(a, ta), zb = gp_int_zget(b, tb), zm = gp_int_zget(m, tm);
    mpz_init(base);
    mpz_init(r);
    mpz_init(mod);
    mpz_abs(mod, zm);
    mpz_set(base, za);
    gp_obj *res = NULL;
    bool ok = true;
    if (mpz_sgn(zb) < 0) {
        ok = mpz_invert(base, base, mod) != 0 || (mpz_cmp_ui(mod, 1) == 0 && (mpz_set_ui(base, 0), 1));
        if (!ok) gp_err_set_str(gp_exc_ValueError, "base is not invertible for the given modulus");
        else { mpz_t nb; mpz_init(nb); mpz_neg(nb, zb); mpz_powm(r, base, nb, mod); mpz_clear(nb); }
    } else {
        mpz_powm(r, base, zb, mod);
    }
    if (ok) {
        if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
        res = gp_int_from_mpz(r);
    }
    mpz_clear(r);
    mpz_clear(base);
    mpz_clear(mod);
    ZREL(za, ta);
    ZREL(zb, tb);
    ZREL(zm, tm);
    return res;
}

static gp_obj *int_lshift(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (gp_int_sign(b) < 0) return gp_err_set_str(gp_exc_ValueError, "negative shift count");
    if (int_is_zero(a)) return gp_int_from_i64(0);
    if (!GP_INT_IS_SMALL(b) || SMALLV(b) > ((int64_t)1 << 36))
        return gp_err_set_str(gp_exc_OverflowError, "too many digits in integer");
    int64_t s = SMALLV(b);
    if (GP_INT_IS_SMALL(a) && s < 63) {
        int64_t x = SMALLV(a);
        int64_t r = (int64_t)((uint64_t)x << s);
        if ((r >> s) == x) return gp_int_from_i64(r);
    }
    mpz_t ta, r;
    mpz_srcptr za = gp_int_zget(a, ta);
    mpz_init(r);
    mpz_mul_2exp(r, za, (mp_bitcnt_t)s);
    ZREL(za, ta);
    return gp_int_from_mpz_steal(r);
}

static gp_obj *int_rshift(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    int sb = gp_int_sign(b);
    if (sb < 0) return gp_err_set_str(gp_exc_ValueError, "negative shift count");
    if (!GP_INT_IS_SMALL(b) || SMALLV(b) >= ((int64_t)1 << 40))
        return gp_int_from_i64(gp_int_sign(a) < 0 ? -1 : 0);
    int64_t s = SMALLV(b);
    if (GP_INT_IS_SMALL(a)) {
        int64_t x = SMALLV(a);
        return gp_int_from_i64(s >= 64 ? (x < 0 ? -1 : 0) : x >> s);
    }
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, ((gp_int *)a)->big, (mp_bitcnt_t)s);
    return gp_int_from_mpz_steal(r);
}

static gp_obj *int_and(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (BOTH_SMALL(a, b)) return gp_int_from_i64(SMALLV(a) & SMALLV(b));
    return big_binop(a, b, mpz_and);
}

static gp_obj *int_or(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (BOTH_SMALL(a, b)) return gp_int_from_i64(SMALLV(a) | SMALLV(b));
    return big_binop(a, b, mpz_ior);
}

static gp_obj *int_xor(gp_obj *a, gp_obj *b)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    if (BOTH_SMALL(a, b)) return gp_int_from_i64(SMALLV(a) ^ SMALLV(b));
    return big_binop(a, b, mpz_xor);
}

static gp_obj *int_neg(gp_obj *a)
{
    if (GP_INT_IS_SMALL(a) && SMALLV(a) != INT64_MIN) return gp_int_from_i64(-SMALLV(a));
    mpz_t ta, r;
    mpz_srcptr za = gp_int_zget(a, ta);
    mpz_init(r);
    mpz_neg(r, za);
    ZREL(za, ta);
    return gp_int_from_mpz_steal(r);
}

static gp_obj *int_abs(gp_obj *a)
{
    return gp_int_sign(a) < 0 ? int_neg(a) : gp_int_exact_copy(a);
}

static gp_obj *int_invert(gp_obj *a)
{
    if (GP_INT_IS_SMALL(a)) return gp_int_from_i64(~SMALLV(a));
    mpz_t r;
    mpz_init(r);
    mpz_com(r, ((gp_int *)a)->big);
    return gp_int_from_mpz_steal(r);
}

static int int_bool(gp_obj *a) { return !int_is_zero(a); }

static gp_obj *int_float(gp_obj *a)
{
    double d = gp_int_as_double(a);
    if (d == -1.0 && gp_err_occurred()) return NULL;
    return gp_float_new(d);
}

/* ---- comparison and hash -------------------------------------------------------------- */

int gp_int_cmp(gp_obj *a, gp_obj *b)
{
    if (BOTH_SMALL(a, b)) return (SMALLV(a) > SMALLV(b)) - (SMALLV(a) < SMALLV(b));
    mpz_t ta, tb;
    mpz_srcptr za = gp_int_zget(a, ta), zb = gp_int_zget(b, tb);
    int c = mpz_cmp(za, zb);
    ZREL(za, ta);
    ZREL(zb, tb);
    return (c > 0) - (c < 0);
}

gp_obj *gp_cmp_result(int c, int op)
{
    bool r;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool_new(r);
}

static gp_obj *int_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!BOTH_INT(a, b)) return GP_NOTIMPLEMENTED;
    return gp_cmp_result(gp_int_cmp(a, b), op);
}

static gp_hash int_hash(gp_obj *a)
{
    gp_int *i = (gp_int *)a;
    uint64_t h;
    int sign;
    if (!i->big) {
        int64_t v = i->small;
        sign = v < 0 ? -1 : 1;
        uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        h = mag % GP_HASH_MODULUS;
    } else {
        sign = mpz_sgn(i->big);
        h = mpz_tdiv_ui(i->big, GP_HASH_MODULUS);
    }
    gp_hash r = sign < 0 ? -(gp_hash)h : (gp_hash)h;
    return r == -1 ? -2 : r;
}

/* ---- the type -------------------------------------------------------------------------------- */

gp_type gp_int_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "int",
    .basicsize = sizeof(gp_int),
    .flags = GP_TF_BASETYPE | GP_TF_INT_SUB,
    .dealloc = int_dealloc,
    .repr = gp_int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .nb = {
        [GP_OP_ADD] = int_add, [GP_OP_SUB] = int_sub, [GP_OP_MUL] = int_mul,
        [GP_OP_TRUEDIV] = int_truediv, [GP_OP_FLOORDIV] = int_floordiv, [GP_OP_MOD] = int_mod,
        [GP_OP_POW] = int_pow, [GP_OP_LSHIFT] = int_lshift, [GP_OP_RSHIFT] = int_rshift,
        [GP_OP_AND] = int_and, [GP_OP_OR] = int_or, [GP_OP_XOR] = int_xor,
    },
    .nb_pow3 = int_pow3,
    .nb_neg = int_neg,
    .nb_pos = gp_int_exact_copy,
    .nb_invert = int_invert,
    .nb_abs = int_abs,
    .nb_bool = int_bool,
    .nb_int = gp_int_exact_copy,
    .nb_float = int_float,
    .nb_index = gp_int_exact_copy,
    .tp_new = gp_int_new_impl,
    .methods = gp_int_methods,
    .getsets = gp_int_getsets,
};
