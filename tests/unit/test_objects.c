/*
 * test_objects.c — unit tests of the object system. Every expected value
 * was produced by CPython 3.11 (python3 on the build machine).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "test_support.h"

#define EXPECT(obj, text) assert_string_equal(ts_show(obj), text)

static gp_obj *bin(gp_obj *a, gp_obj *b, gp_binop_t op)
{
    gp_obj *r = gp_binop(a, b, op);
    gp_decref(a);
    gp_decref(b);
    return r;
}

static gp_obj *I(int64_t v) { return gp_int_from_i64(v); }

/* ---- int ------------------------------------------------------------------------------- */

static void test_int_overflow_to_big_and_back(void **st)
{
    EXPECT(bin(I(INT64_MAX), I(1), GP_OP_ADD), "9223372036854775808");
    EXPECT(bin(I(INT64_MIN), I(1), GP_OP_SUB), "-9223372036854775809");
    gp_obj *big = bin(I(INT64_MAX), I(1), GP_OP_ADD);
    gp_obj *back = bin(big, I(1), GP_OP_SUB);
    assert_true(GP_INT_IS_SMALL(back));
    EXPECT(back, "9223372036854775807");
    EXPECT(bin(I(3), I(40), GP_OP_POW), "12157665459056928801");
    EXPECT(bin(I(INT64_MIN), I(-1), GP_OP_FLOORDIV), "9223372036854775808");
}

static void test_int_floor_division_signs(void **st)
{
    EXPECT(bin(I(-7), I(2), GP_OP_FLOORDIV), "-4");
    EXPECT(bin(I(-7), I(2), GP_OP_MOD), "1");
    EXPECT(bin(I(7), I(-2), GP_OP_FLOORDIV), "-4");
    EXPECT(bin(I(7), I(-2), GP_OP_MOD), "-1");
    EXPECT(bin(ts_int("18446744073709551616"), I(-7), GP_OP_FLOORDIV), "-2635249153387078803");
    EXPECT(bin(ts_int("18446744073709551616"), I(-7), GP_OP_MOD), "-5");
    EXPECT(bin(I(1), I(0), GP_OP_FLOORDIV), "<ZeroDivisionError: integer division or modulo by zero>");
    EXPECT(bin(I(1), I(0), GP_OP_MOD), "<ZeroDivisionError: integer modulo by zero>");
    EXPECT(bin(I(1), I(0), GP_OP_TRUEDIV), "<ZeroDivisionError: division by zero>");
}

static void test_int_pow_and_shifts(void **st)
{
    EXPECT(gp_pow3(I(3), I(-1), I(7)), "5");
    EXPECT(gp_pow3(I(-2), I(5), I(-7)), "-4");
    EXPECT(gp_pow3(I(2), I(-1), I(4)), "<ValueError: base is not invertible for the given modulus>");
    EXPECT(gp_pow3(I(2), I(3), I(0)), "<ValueError: pow() 3rd argument cannot be 0>");
    EXPECT(bin(I(2), I(-2), GP_OP_POW), "0.25");
    EXPECT(bin(I(0), I(-1), GP_OP_POW), "<ZeroDivisionError: 0.0 cannot be raised to a negative power>");
    EXPECT(bin(I(-5), I(1), GP_OP_RSHIFT), "-3");
    EXPECT(bin(I(1), I(-1), GP_OP_LSHIFT), "<ValueError: negative shift count>");
    EXPECT(bin(I(-12), I(0xff), GP_OP_AND), "244");
    EXPECT(gp_unary(ts_int("36893488147419103232"), GP_UOP_INVERT), "-36893488147419103233");
}

static void test_int_hash_matches_cpython(void **st)
{
    gp_obj *m1 = I(-1), *p = ts_int("2305843009213693951"), *p1 = ts_int("2305843009213693952");
    gp_obj *neg = ts_int("-18446744073709551616"), *f = gp_float_new(1.0);
    assert_int_equal(gp_hash_of(m1), -2);
    assert_int_equal(gp_hash_of(p), 0);
    assert_int_equal(gp_hash_of(p1), 1);
    assert_int_equal(gp_hash_of(neg), -8);
    assert_int_equal(gp_hash_of(f), gp_hash_of(gp_True));
    gp_decref(m1); gp_decref(p); gp_decref(p1); gp_decref(neg); gp_decref(f);
}

static void test_int_parse_and_true_division(void **st)
{
    const char *s = "  -0x_ff ";
    EXPECT(gp_int_from_string(s, strlen(s), 0), "-255");
    EXPECT(gp_int_from_string("12_3", 4, 10), "123");
    EXPECT(gp_int_from_string("1__2", 4, 10), "<ValueError: invalid literal for int() with base 10: '1__2'>");
    EXPECT(gp_int_from_string("010", 3, 0), "<ValueError: invalid literal for int() with base 0: '010'>");
    EXPECT(bin(ts_int("1000000000000000000000000000000"), ts_int("1000000000000000"), GP_OP_FLOORDIV),
           "1000000000000000");
    gp_obj *big = bin(I(2), I(1000), GP_OP_POW), *den = bin(I(3), I(600), GP_OP_POW);
    EXPECT(bin(big, den, GP_OP_TRUEDIV), "571798263596268.4");
    gp_obj *huge = bin(I(2), I(10000), GP_OP_POW);
    EXPECT(bin(huge, I(1), GP_OP_TRUEDIV), "<OverflowError: integer division result too large for a float>");
}

/* ---- float ----------------------------------------------------------------------------- */

static void test_float_repr_table(void **st)
{
    static const struct { double v; const char *repr; } table[] = {
        {0x1.999999999999ap-4, "0.1"}, {0x1.1c37937e08000p+53, "1e+16"}, {0x1.4f8b588e368f1p-17, "1e-05"},
        {0x1.a36e2eb1c432dp-14, "0.0001"}, {0x1.e240c9fbe76c9p+16, "123456.789"},
        {0x1.5555555555555p-2, "0.3333333333333333"}, {0x1.4p+1, "2.5"}, {-0.0, "-0.0"},
        {0x1.0f0cf064dd592p+73, "1e+22"}, {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
        {0x0.0000000000001p-1022, "5e-324"}, {0x1.9p+6, "100.0"}, {0x1.c6bf526340000p+49, "1000000000000000.0"},
        {0x1.b69b4ba630f35p+56, "1.2345678901234568e+17"}, {0x1.3333333333334p-2, "0.30000000000000004"},
        {0x1.921f9f01b866ep+1, "3.14159"}, {0x1.6a09e667f3bcdp+0, "1.4142135623730951"},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) EXPECT(gp_float_new(table[i].v), table[i].repr);
    EXPECT(gp_float_new(INFINITY), "inf");
    EXPECT(gp_float_new(-INFINITY), "-inf");
    EXPECT(gp_float_new(NAN), "nan");
}

static void test_float_division_and_format(void **st)
{
    EXPECT(bin(gp_float_new(-7.5), I(2), GP_OP_FLOORDIV), "-4.0");
    EXPECT(bin(gp_float_new(-7.5), I(2), GP_OP_MOD), "0.5");
    EXPECT(bin(gp_float_new(7.5), I(-2), GP_OP_MOD), "-0.5");
    EXPECT(bin(gp_float_new(1.0), I(0), GP_OP_MOD), "<ZeroDivisionError: float modulo>");
    gp_obj *spec = ts_str(",.2f");
    EXPECT(gp_format(gp_float_new(12345.6789), spec), "'12,345.68'");
    gp_decref(spec);
    spec = ts_str(".3");
    EXPECT(gp_format(gp_float_new(1.0), spec), "'1.0'");
    gp_decref(spec);
    EXPECT(gp_float_from_string(" 1_000.5 ", 9), "1000.5");
    EXPECT(gp_float_from_string("x", 1), "<ValueError: could not convert string to float: 'x'>");
}

/* ---- str --------------------------------------------------------------------------------- */

static void test_str_methods(void **st)
{
    gp_obj *s = ts_str("a,b,,c"), *comma = ts_str(",");
    EXPECT(ts_method(s, "split", comma, NULL, NULL), "['a', 'b', '', 'c']");
    gp_decref(s);
    gp_decref(comma);
    s = ts_str("  x  y ");
    EXPECT(ts_method(s, "split", NULL, NULL, NULL), "['x', 'y']");
    gp_decref(s);
    s = ts_str("abcabc");
    gp_obj *b = ts_str("b");
    EXPECT(ts_method(s, "rfind", b, NULL, NULL), "4");
    EXPECT(ts_method(s, "index", ts_str("z"), NULL, NULL), "<ValueError: substring not found>");
    gp_decref(s);
    gp_decref(b);
    s = ts_str("AbC \xc3\x9f");
    EXPECT(ts_method(s, "upper", NULL, NULL, NULL), "'ABC SS'");
    gp_decref(s);
    s = ts_str("hello world");
    EXPECT(ts_method(s, "title", NULL, NULL, NULL), "'Hello World'");
    gp_decref(s);
    s = ts_str("{:>8.3f}|{:^7}|{:+,}");
    EXPECT(ts_method(s, "format", gp_float_new(3.14159), ts_str("ab"), I(1234567)), "'   3.142|  ab   |+1,234,567'");
    gp_decref(s);
}

static void test_str_repr_quotes_and_escapes(void **st)
{
    EXPECT(ts_str("it's"), "\"it's\"");
    EXPECT(gp_str_new("a\0\xe2\x80\x8b\xc3\xa9'\"", 9), "'a\\x00\\u200b\xc3\xa9\\'\"'");
    EXPECT(gp_str_new("\xff", 1), "<UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte>");
}

/* ---- dict and list ------------------------------------------------------------------------ */

static void test_dict_order_delete_resize(void **st)
{
    gp_obj *d = gp_dict_new();
    for (int i = 0; i < 1000; i++) {
        gp_obj *k = gp_str_from_format("k%d", i), *v = I(i);
        assert_int_equal(gp_dict_set(d, k, v), 0);
        gp_decref(k);
        gp_decref(v);
    }
    for (int i = 0; i < 1000; i += 3) {
        gp_obj *k = gp_str_from_format("k%d", i);
        assert_int_equal(gp_dict_del(d, k), 0);
        gp_decref(k);
    }
    assert_int_equal(gp_dict_size(d), 666);
    gp_ssize pos = 0;
    gp_obj *k, *v;
    int64_t expect = 1, seen = 0;
    while (gp_dict_next(d, &pos, &k, &v)) {
        assert_int_equal(((gp_int *)v)->small, expect);
        expect += expect % 3 == 1 ? 1 : 2;
        seen++;
    }
    assert_int_equal(seen, 666);
    gp_obj *missing = ts_str("k0");
    assert_null(gp_dict_get(d, missing));
    assert_int_equal(gp_dict_del(d, missing), -1);
    EXPECT(NULL, "<KeyError: 'k0'>");
    gp_decref(missing);
    gp_decref(d);
    d = gp_dict_new();
    EXPECT(ts_method(d, "popitem", NULL, NULL, NULL), "<KeyError: 'popitem(): dictionary is empty'>");
    gp_decref(d);
}

static gp_obj *first_of(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_incref(GP_TUPLE_GET(args[0], 0));
}

static void test_list_sort_stable(void **st)
{
    gp_obj *l = gp_list_new(0);
    for (int i = 0; i < 200; i++) {
        gp_obj *t = gp_tuple_pack(2, I(i % 7), I(i));
        gp_list_append(l, t);
        gp_decref(t);
    }
    static const gp_methoddef key_def = {"first", first_of, 0, NULL};
    gp_obj *key = gp_cfunc_new(&key_def, NULL, NULL);
    assert_int_equal(gp_list_sort(l, key, false), 0);
    for (gp_ssize i = 1; i < GP_LIST_SIZE(l); i++) {
        gp_obj *a = GP_LIST_ITEMS(l)[i - 1], *b = GP_LIST_ITEMS(l)[i];
        int64_t ka = ((gp_int *)GP_TUPLE_GET(a, 0))->small, kb = ((gp_int *)GP_TUPLE_GET(b, 0))->small;
        assert_true(ka < kb || (ka == kb && ((gp_int *)GP_TUPLE_GET(a, 1))->small < ((gp_int *)GP_TUPLE_GET(b, 1))->small));
    }
    assert_int_equal(gp_list_sort(l, key, true), 0);
    gp_obj *a = GP_LIST_ITEMS(l)[0], *b = GP_LIST_ITEMS(l)[1];
    assert_int_equal(((gp_int *)GP_TUPLE_GET(a, 0))->small, 6);
    assert_true(((gp_int *)GP_TUPLE_GET(a, 1))->small < ((gp_int *)GP_TUPLE_GET(b, 1))->small);
    gp_decref(key);
    gp_obj *mixed = gp_list_new(0);
    gp_list_append(mixed, gp_True);
    gp_obj *s = ts_str("x");
    gp_list_append(mixed, s);
    gp_decref(s);
    assert_int_equal(gp_list_sort(mixed, NULL, false), -1);
    EXPECT(NULL, "<TypeError: '<' not supported between instances of 'str' and 'bool'>");
    gp_decref(mixed);
    EXPECT(ts_method(l, "pop", I(1000), NULL, NULL), "<IndexError: pop index out of range>");
    gp_decref(l);
}

/* ---- set -------------------------------------------------------------------------------------- */

static void test_set_order_matches_cpython(void **st)
{
    gp_obj *s = gp_set_new(NULL);
    for (int i = 0; i < 20; i++) { gp_obj *k = I(i); gp_set_add(s, k); gp_decref(k); }
    for (int i = 0; i < 20; i += 2) { gp_obj *k = I(i); gp_set_discard(s, k); gp_decref(k); }
    for (int i = 0; i < 20; i += 4) { gp_obj *k = I(i); gp_set_add(s, k); gp_decref(k); }
    EXPECT(s, "{1, 3, 5, 7, 9, 11, 4, 13, 0, 15, 8, 17, 12, 19, 16}");
    static const char *const words[] = {"apple", "banana", "cherry", "date"};
    gp_obj *w = gp_set_new(NULL);
    for (int i = 0; i < 4; i++) { gp_obj *k = ts_str(words[i]); gp_set_add(w, k); gp_decref(k); }
    EXPECT(w, "{'banana', 'date', 'apple', 'cherry'}");
}

/* ---- errors and argument parsing --------------------------------------------------------------- */

static void test_exception_str_and_repr(void **st)
{
    gp_obj *k = ts_str("k");
    gp_obj *e = gp_call1((gp_obj *)gp_exc_KeyError, k);
    assert_string_equal(ts_show(gp_str(e)), "\"'k'\"");
    EXPECT(e, "KeyError('k')");
    gp_decref(k);
    e = gp_call0((gp_obj *)gp_exc_Exception);
    EXPECT(gp_str(e), "''");
    gp_decref(e);
    gp_obj *args[3] = {I(2), ts_str("No such file or directory"), ts_str("x")};
    e = gp_call((gp_obj *)gp_exc_OSError, args, 3, NULL);
    assert_ptr_equal(GP_TYPE(e), gp_exc_FileNotFoundError);
    EXPECT(gp_str(e), "\"[Errno 2] No such file or directory: 'x'\"");
    gp_decref(e);
    gp_obj *two[2] = {I(1), I(2)};
    e = gp_call((gp_obj *)gp_exc_Exception, two, 2, NULL);
    EXPECT(gp_str(e), "'(1, 2)'");
    gp_decref(e);
    EXPECT(gp_binop(args[0], args[1], GP_OP_ADD), "<TypeError: unsupported operand type(s) for +: 'int' and 'str'>");
    EXPECT(gp_binop(args[1], args[0], GP_OP_ADD), "<TypeError: can only concatenate str (not \"int\") to str>");
    EXPECT(gp_getitem(args[0], args[0]), "<TypeError: 'int' object is not subscriptable>");
    EXPECT(gp_iter(args[0]), "<TypeError: 'int' object is not iterable>");
    EXPECT(gp_call0(gp_None), "<TypeError: 'NoneType' object is not callable>");
    EXPECT(gp_getattr_str(args[0], "foo"), "<AttributeError: 'int' object has no attribute 'foo'>");
    assert_int_equal(gp_setitem(args[1], args[0], args[0]), -1);
    EXPECT(NULL, "<TypeError: 'str' object does not support item assignment>");
    gp_obj *l = gp_list_new(0);
    assert_int_equal(gp_hash_of(l), -1);
    EXPECT(NULL, "<TypeError: unhashable type: 'list'>");
    gp_decref(l);
    for (int i = 0; i < 3; i++) gp_decref(args[i]);
}

static void test_parse_args_messages(void **st)
{
    static const char *const names[] = {"iterable", "key", "reverse", NULL};
    gp_obj *out[3];
    gp_obj *a[3] = {I(1), I(2), ts_str("key")};
    assert_int_equal(gp_parse_args("sorted", a, 2, NULL, names, 1, 1, out), -1);
    EXPECT(NULL, "<TypeError: sorted() takes 1 positional argument but 2 were given>");
    assert_int_equal(gp_parse_args("f", a, 0, NULL, names, 1, 1, out), -1);
    EXPECT(NULL, "<TypeError: f() missing required argument 'iterable' (pos 1)>");
    gp_obj *kw = gp_tuple_pack(1, a[2]);
    assert_int_equal(gp_parse_args("f", a, 1, kw, names, 1, 1, out), 0);
    assert_ptr_equal(out[0], a[0]);
    assert_ptr_equal(out[1], a[1]);
    assert_null(out[2]);
    gp_obj *bad = ts_str("nope");
    gp_obj *kw2 = gp_tuple_pack(1, bad);
    assert_int_equal(gp_parse_args("f", a, 1, kw2, names, 1, 1, out), -1);
    EXPECT(NULL, "<TypeError: f() got an unexpected keyword argument 'nope'>");
    assert_int_equal(gp_check_nargs("len", 2, NULL, 1, 1), -1);
    EXPECT(NULL, "<TypeError: len() takes exactly one argument (2 given)>");
    gp_decref(kw);
    gp_decref(kw2);
    gp_decref(bad);
    for (int i = 0; i < 3; i++) gp_decref(a[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_overflow_to_big_and_back),
        cmocka_unit_test(test_int_floor_division_signs),
        cmocka_unit_test(test_int_pow_and_shifts),
        cmocka_unit_test(test_int_hash_matches_cpython),
        cmocka_unit_test(test_int_parse_and_true_division),
        cmocka_unit_test(test_float_repr_table),
        cmocka_unit_test(test_float_division_and_format),
        cmocka_unit_test(test_str_methods),
        cmocka_unit_test(test_str_repr_quotes_and_escapes),
        cmocka_unit_test(test_dict_order_delete_resize),
        cmocka_unit_test(test_list_sort_stable),
        cmocka_unit_test(test_set_order_matches_cpython),
        cmocka_unit_test(test_exception_str_and_repr),
        cmocka_unit_test(test_parse_args_messages),
    };
    return cmocka_run_group_tests(tests, ts_setup, NULL);
}
