/*
 * abstract.c — the generic object protocol: repr/str/hash, comparisons,
 * the binary-operator dance (left slot, right slot, NotImplemented),
 * attribute and item access, iteration, calls and isinstance.
 * Error messages are CPython's, since programs print them.
 */
#include <stdio.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "state.h"
#include "state.h"

/* ---- repr / str / hash ---------------------------------------------------------- */

static gp_obj *check_str_result(gp_obj *r, const char *what)
{
    if (r && !GP_STR_CHECK(r)) {
        gp_err_format(gp_exc_TypeError, "%s returned non-string (type %T)", what, r);
        gp_decref(r);
        return NULL;
    }
    return r;
}

gp_obj *gp_repr(gp_obj *o)
{
    gp_type *t = GP_TYPE(o);
    /* leaf types cannot recurse: no guard needed */
    if (t == &gp_int_type) return gp_int_repr(o);
    if (t == &gp_float_type) return gp_float_repr_double(GP_FLOAT_VALUE(o));
    if (t == &gp_str_type) return gp_str_repr(o);
    gp_unaryfn f = t->repr;
    if (!f) return gp_object_repr_default(o);
    /* nested containers recurse in C: bounded like CPython's PyObject_Repr */
    if (gp_recursion_enter(" while getting the repr of an object") < 0) return NULL;
    gp_obj *r = check_str_result(f(o), "__repr__");
    gp_recursion_leave();
    return r;
}

gp_obj *gp_str(gp_obj *o)
{
    if (GP_STR_EXACT(o)) return gp_incref(o);
    if (GP_TYPE(o) == &gp_int_type) return gp_int_repr(o);
    if (GP_TYPE(o) == &gp_float_type) return gp_float_repr_double(GP_FLOAT_VALUE(o));
    gp_unaryfn f = GP_TYPE(o)->str;
    if (!f) return gp_repr(o);
    return check_str_result(f(o), "__str__");
}

gp_obj *gp_ascii(gp_obj *o)
{
    gp_obj *r = gp_repr(o);
    if (!r || ((gp_strobj *)r)->ascii) return r;
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(r);
    const unsigned char *end = p + GP_STR_NBYTES(r);
    while (p < end) {
        if (*p < 0x80) { gp_strbuf_add(&b, (const char *)p, 1); p++; continue; }
        uint32_t c = gp_utf8_decode(&p);
        char buf[16];
        if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", c);
        else snprintf(buf, sizeof buf, "\\U%08x", c);
        gp_strbuf_addc(&b, buf);
    }
    gp_decref(r);
    return gp_strbuf_finish(&b);
}

gp_hash gp_hash_of(gp_obj *o)
{
    gp_hashfn f = GP_TYPE(o)->hash;
    if (GP_UNLIKELY(!f)) {
        gp_err_format(gp_exc_TypeError, "unhashable type: '%T'", o);
        return -1;
    }
    return f(o);
}

/* ---- comparisons ------------------------------------------------------------------- */

static const int swapped_op[] = {GP_GT, GP_GE, GP_EQ, GP_NE, GP_LT, GP_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

gp_obj *gp_richcompare(gp_obj *a, gp_obj *b, int op)
{
    gp_type *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    bool checked = false;
    gp_obj *r;
    if (ta != tb && tb->richcompare && gp_type_is_subtype(tb, ta)) {
        checked = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    if (!checked && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    if (op == GP_EQ) return gp_bool_new(a == b);
    if (op == GP_NE) return gp_bool_new(a != b);
    return gp_err_format(gp_exc_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                         op_symbol[op], a, b);
}

int gp_richcompare_bool(gp_obj *a, gp_obj *b, int op)
{
    if (a == b) {
        if (op == GP_EQ) return 1;
        if (op == GP_NE) return 0;
    }
    if (GP_TYPE(a) == &gp_int_type && GP_TYPE(b) == &gp_int_type && GP_INT_IS_SMALL(a) &&
        GP_INT_IS_SMALL(b)) {
        int64_t x = ((gp_int *)a)->small, y = ((gp_int *)b)->small;
        switch (op) {
        case GP_LT: return x < y;
        case GP_LE: return x <= y;
        case GP_EQ: return x == y;
        case GP_NE: return x != y;
        case GP_GT: return x > y;
        default: return x >= y;
        }
    }
    if (op == GP_EQ && GP_STR_EXACT(a) && GP_STR_EXACT(b)) return gp_str_eq(a, b);
    gp_obj *r = gp_richcompare(a, b, op);
    if (!r) return -1;
    int t;
    if (r == gp_True) t = 1;
    else if (r == gp_False) t = 0;
    else t = gp_truthy(r);
    gp_decref(r);
    return t;
}

int gp_truthy(gp_obj *o)
{
    if (o == gp_True) return 1;
    if (o == gp_False || o == gp_None) return 0;
    gp_type *t = GP_TYPE(o);
    if (t->nb_bool) return t->nb_bool(o);
    if (t->len) {
        gp_ssize n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- binary operators ---------------------------------------------------------------- */

static const char *const binop_symbol[] = {
#define GP__SYM(n, sym, m, r, i) sym,
    GP_BINOPS(GP__SYM)
#undef GP__SYM
};
static const char *const inplace_symbol[] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=",
};

/* Tries the left then the right operand's slot; NotImplemented if neither knows. */
static gp_obj *binop_core(gp_obj *a, gp_obj *b, gp_binop_t op)
{
    gp_type *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    gp_binaryfn sl = ta->nb[op];
    gp_binaryfn sr = tb != ta ? tb->nb[op] : NULL;
    gp_obj *r;
    if (sr == sl) sr = NULL;
    if (sl) {
        if (sr && gp_type_is_subtype(tb, ta)) {
            r = sr(a, b);
            if (r != gp_NotImplemented) return r;
            gp_decref(r);
            sr = NULL;
        }
        r = sl(a, b);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    if (sr) return sr(a, b);
    return GP_NOTIMPLEMENTED;
}

static bool is_sequence(gp_obj *o)
{
    return GP_STR_CHECK(o) || GP_LIST_CHECK(o) || GP_TUPLE_CHECK(o) || GP_BYTES_CHECK(o) ||
           GP_TYPE_CHECK(o, &gp_bytearray_type);
}

static gp_obj *binop_error(gp_obj *a, gp_obj *b, gp_binop_t op, bool inplace)
{
    if (op == GP_OP_ADD) {
        const char *n = NULL;
        if (GP_STR_CHECK(a)) n = "str";
        else if (GP_LIST_CHECK(a)) n = "list";
        else if (GP_TUPLE_CHECK(a)) n = "tuple";
        if (n)
            return gp_err_format(gp_exc_TypeError, "can only concatenate %s (not \"%T\") to %s", n,
                                 b, n);
        if (GP_BYTES_CHECK(a) || GP_TYPE_CHECK(a, &gp_bytearray_type))
            return gp_err_format(gp_exc_TypeError, "can't concat %T to %T", b, a);
    }
    if (op == GP_OP_MUL) {
        if (is_sequence(a) && !GP_INT_CHECK(b) && !GP_TYPE(b)->nb_index)
            return gp_err_format(gp_exc_TypeError, "can't multiply sequence by non-int of type '%T'", b);
        if (is_sequence(b) && !GP_INT_CHECK(a) && !GP_TYPE(a)->nb_index)
            return gp_err_format(gp_exc_TypeError, "can't multiply sequence by non-int of type '%T'", a);
    }
    return gp_err_format(gp_exc_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'",
                         inplace ? inplace_symbol[op] : binop_symbol[op], a, b);
}

gp_obj *gp_binop(gp_obj *a, gp_obj *b, gp_binop_t op)
{
    gp_obj *r = binop_core(a, b, op);
    if (r != gp_NotImplemented) return r;
    gp_decref(r);
    return binop_error(a, b, op, false);
}

gp_obj *gp_inplace_binop(gp_obj *a, gp_obj *b, gp_binop_t op)
{
    gp_binaryfn f = GP_TYPE(a)->nb_inplace[op];
    if (f) {
        gp_obj *r = f(a, b);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    gp_obj *r = binop_core(a, b, op);
    if (r != gp_NotImplemented) return r;
    gp_decref(r);
    return binop_error(a, b, op, true);
}

gp_obj *gp_unary(gp_obj *o, gp_unop_t op)
{
    gp_type *t = GP_TYPE(o);
    gp_unaryfn f = NULL;
    const char *sym = "-";
    switch (op) {
    case GP_UOP_NEG: f = t->nb_neg; break;
    case GP_UOP_POS: f = t->nb_pos; sym = "+"; break;
    case GP_UOP_INVERT: f = t->nb_invert; sym = "~"; break;
    case GP_UOP_NOT: {
        int r = gp_truthy(o);
        return r < 0 ? NULL : gp_bool_new(!r);
    }
    }
    if (!f) return gp_err_format(gp_exc_TypeError, "bad operand type for unary %s: '%T'", sym, o);
    return f(o);
}

gp_obj *gp_pow3(gp_obj *a, gp_obj *b, gp_obj *m)
{
    if (m == gp_None) return gp_binop(a, b, GP_OP_POW);
    gp_ternaryfn f = GP_TYPE(a)->nb_pow3;
    if (f) {
        gp_obj *r = f(a, b, m);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    return gp_err_format(gp_exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
}

/* ---- attributes ------------------------------------------------------------------------ */

gp_obj *gp_getattr(gp_obj *o, gp_obj *name)
{
    if (GP_UNLIKELY(!GP_STR_CHECK(name)))
        return gp_err_format(gp_exc_TypeError, "attribute name must be string, not '%T'", name);
    gp_getattrfn f = GP_TYPE(o)->getattr;
    return f ? f(o, name) : gp_obj_generic_getattr(o, name);
}

gp_obj *gp_getattr_str(gp_obj *o, const char *name)
{
    return gp_getattr(o, gp_str_intern_cstr(name));
}

gp_obj *gp_getattr_opt(gp_obj *o, gp_obj *name)
{
    gp_obj *r = gp_getattr(o, name);
    if (!r && gp_err_matches(gp_exc_AttributeError)) gp_err_clear();
    return r;
}

int gp_setattr(gp_obj *o, gp_obj *name, gp_obj *v)
{
    if (GP_UNLIKELY(!GP_STR_CHECK(name))) {
        gp_err_format(gp_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    gp_setattrfn f = GP_TYPE(o)->setattr;
    return f ? f(o, name, v) : gp_obj_generic_setattr(o, name, v);
}

int gp_setattr_str(gp_obj *o, const char *name, gp_obj *v)
{
    return gp_setattr(o, gp_str_intern_cstr(name), v);
}

/* ---- items ------------------------------------------------------------------------------ */

gp_obj *gp_getitem(gp_obj *o, gp_obj *key)
{
    gp_binaryfn f = GP_TYPE(o)->getitem;
    if (GP_LIKELY(f != NULL)) return f(o, key);
    if (GP_HAS_FLAG(o, GP_TF_TYPE_SUB)) {
        /* type[int]: special-cased, as type has no __class_getitem__ that
         * every class would inherit through its metaclass */
        if (o == (gp_obj *)&gp_type_type) return gp_type_subscript(key);
        gp_obj *cg = gp_getattr_opt(o, gp_str_intern_cstr("__class_getitem__"));
        if (cg) {
            gp_obj *r = gp_call1(cg, key);
            gp_decref(cg);
            return r;
        }
        if (gp_err_occurred()) return NULL;
        return gp_err_format(gp_exc_TypeError, "type '%s' is not subscriptable",
                             gp_type_name((gp_type *)o));
    }
    return gp_err_format(gp_exc_TypeError, "'%T' object is not subscriptable", o);
}

int gp_setitem(gp_obj *o, gp_obj *key, gp_obj *v)
{
    gp_setitemfn f = GP_TYPE(o)->setitem;
    if (GP_LIKELY(f != NULL)) return f(o, key, v);
    gp_err_format(gp_exc_TypeError, "'%T' object does not support item assignment", o);
    return -1;
}

int gp_delitem(gp_obj *o, gp_obj *key)
{
    gp_setitemfn f = GP_TYPE(o)->setitem;
    if (GP_LIKELY(f != NULL)) return f(o, key, NULL);
    gp_err_format(gp_exc_TypeError, "'%T' object doesn't support item deletion", o);
    return -1;
}

gp_ssize gp_len(gp_obj *o)
{
    gp_lenfn f = GP_TYPE(o)->len;
    if (GP_LIKELY(f != NULL)) return f(o);
    gp_err_format(gp_exc_TypeError, "object of type '%T' has no len()", o);
    return -1;
}

int gp_contains(gp_obj *container, gp_obj *item)
{
    gp_containsfn f = GP_TYPE(container)->contains;
    if (f) return f(container, item);
    gp_type *t = GP_TYPE(container);
    if (!t->iter && !t->getitem) {
        gp_err_format(gp_exc_TypeError, "argument of type '%T' is not iterable", container);
        return -1;
    }
    gp_obj *it = gp_iter(container);
    if (!it) return -1;
    int found = 0;
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        found = gp_richcompare_bool(x, item, GP_EQ);
        gp_decref(x);
        if (found) break;
    }
    gp_decref(it);
    if (!x && gp_err_occurred()) return -1;
    return found;
}

/* ---- iteration ---------------------------------------------------------------------------- */

gp_obj *gp_iter(gp_obj *o)
{
    gp_type *t = GP_TYPE(o);
    if (t->iter) {
        gp_obj *it = t->iter(o);
        if (it && !GP_TYPE(it)->iternext) {
            gp_err_format(gp_exc_TypeError, "iter() returned non-iterator of type '%T'", it);
            gp_decref(it);
            return NULL;
        }
        return it;
    }
    if (t->getitem && !GP_DICT_CHECK(o)) return gp_seqiter_new(o);
    return gp_err_format(gp_exc_TypeError, "'%T' object is not iterable", o);
}

gp_obj *gp_iternext(gp_obj *it)
{
    gp_unaryfn f = GP_TYPE(it)->iternext;
    if (GP_UNLIKELY(!f)) return gp_err_format(gp_exc_TypeError, "'%T' object is not an iterator", it);
    gp_obj *r = f(it);
    if (GP_UNLIKELY(!r) && gp_err_matches(gp_exc_StopIteration)) gp_err_clear();
    return r;
}

/* ---- numbers as indices ------------------------------------------------------------------- */

gp_obj *gp_index(gp_obj *o)
{
    if (GP_INT_CHECK(o)) return GP_INT_EXACT(o) ? gp_incref(o) : gp_int_exact_copy(o);
    gp_unaryfn f = GP_TYPE(o)->nb_index;
    if (!f)
        return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
    gp_obj *r = f(o);
    if (r && !GP_INT_CHECK(r)) {
        gp_err_format(gp_exc_TypeError, "__index__ returned non-int (type %T)", r);
        gp_decref(r);
        return NULL;
    }
    return r;
}

gp_ssize gp_index_ssize(gp_obj *o)
{
    if (GP_LIKELY(GP_INT_CHECK(o) && GP_INT_IS_SMALL(o))) return (gp_ssize)((gp_int *)o)->small;
    gp_obj *i = gp_index(o);
    if (!i) return -1;
    gp_ssize r = gp_int_as_ssize(i);
    gp_decref(i);
    return r;
}

/* ---- calls --------------------------------------------------------------------------------- */

gp_obj *gp_call(gp_obj *callable, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    gp_callfn f = GP_TYPE(callable)->call;
    if (GP_UNLIKELY(!f)) return gp_err_format(gp_exc_TypeError, "'%T' object is not callable", callable);
    if (kwnames && GP_TUPLE_SIZE(kwnames) == 0) kwnames = NULL;
    return f(callable, args, nargs, kwnames);
}

gp_obj *gp_call0(gp_obj *callable) { return gp_call(callable, NULL, 0, NULL); }

gp_obj *gp_call1(gp_obj *callable, gp_obj *arg) { return gp_call(callable, &arg, 1, NULL); }

gp_obj *gp_call_method(gp_obj *self, const char *name, gp_obj *const *args, size_t nargs)
{
    gp_obj *m = gp_getattr_str(self, name);
    if (!m) return NULL;
    gp_obj *r = gp_call(m, args, nargs, NULL);
    gp_decref(m);
    return r;
}

/* ---- isinstance / issubclass -------------------------------------------------------------- */

/* A metaclass's __instancecheck__ / __subclasscheck__ written in Python
 * (abc.ABCMeta and friends): 1/0 from the hook, -1 error, -2 none. */
static int meta_check(gp_obj *cls, const char *hook, gp_obj *arg)
{
    gp_type *meta = GP_TYPE(cls);
    if (meta == &gp_type_type || !(meta->flags & GP_TF_HEAPTYPE)) return -2;
    gp_obj *f = gp_type_lookup(meta, gp_str_intern_cstr(hook));
    if (!f || GP_TYPE(f) == &gp_method_descr_type) return -2;
    gp_obj *bound = GP_TYPE(f)->descr_get ? GP_TYPE(f)->descr_get(f, cls, (gp_obj *)meta) : gp_incref(f);
    if (!bound) return -1;
    gp_obj *r = gp_call1(bound, arg);
    gp_decref(bound);
    if (!r) return -1;
    int t = gp_truthy(r);
    gp_decref(r);
    return t;
}

/* isinstance against a real class: the type, then (as CPython does) an
 * overridden __class__ attribute, which proxies use to pass as their target. */
static int type_isinstance(gp_obj *o, gp_type *cls)
{
    if (GP_TYPE_CHECK(o, cls)) return 1;
    gp_obj *name = gp_str_intern_cstr("__class__");
    gp_obj *d = gp_type_lookup(GP_TYPE(o), name);
    if (!d || d == gp_dict_get_cstr(gp_object_type.dict, "__class__")) return 0;
    gp_obj *c = gp_getattr_opt(o, name);
    if (!c) {
        if (!gp_err_occurred()) return 0;
        if (!gp_err_matches(gp_exc_AttributeError)) return -1;
        gp_err_clear();
        return 0;
    }
    int r = c != (gp_obj *)GP_TYPE(o) && GP_HAS_FLAG(c, GP_TF_TYPE_SUB) &&
            gp_type_is_subtype((gp_type *)c, cls);
    gp_decref(c);
    return r;
}

int gp_isinstance(gp_obj *o, gp_obj *cls)
{
    if ((gp_obj *)GP_TYPE(o) == cls) return 1;
    if (GP_TYPE(cls) == &gp_type_type) return type_isinstance(o, (gp_type *)cls);
    int hook = meta_check(cls, "__instancecheck__", o);
    if (hook != -2) return hook;
    if (GP_HAS_FLAG(cls, GP_TF_TYPE_SUB)) return type_isinstance(o, (gp_type *)cls);
    if (GP_TYPE(cls) == &gp_alias_type) {
        gp_err_set_str(gp_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
        return -1;
    }
    if (GP_TUPLE_CHECK(cls) || gp_union_args(cls)) {
        gp_obj *t = GP_TUPLE_CHECK(cls) ? cls : gp_union_args(cls);
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(t); i++) {
            int r = gp_isinstance(o, GP_TUPLE_GET(t, i));
            if (r) return r;
        }
        return 0;
    }
    gp_err_set_str(gp_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int gp_issubclass(gp_obj *derived, gp_obj *cls)
{
    if (GP_TUPLE_CHECK(cls) || gp_union_args(cls)) {
        gp_obj *t = GP_TUPLE_CHECK(cls) ? cls : gp_union_args(cls);
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(t); i++) {
            int r = gp_issubclass(derived, GP_TUPLE_GET(t, i));
            if (r) return r;
        }
        return 0;
    }
    int hook = meta_check(cls, "__subclasscheck__", derived);
    if (hook != -2) return hook;
    if (!GP_HAS_FLAG(derived, GP_TF_TYPE_SUB)) {
        gp_err_set_str(gp_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!GP_HAS_FLAG(cls, GP_TF_TYPE_SUB)) {
        gp_err_set_str(gp_exc_TypeError,
                       "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return gp_type_is_subtype((gp_type *)derived, (gp_type *)cls);
}

/* ---- sequences from iterables ---------------------------------------------------------------- */

gp_obj *gp_list_from_iterable(gp_obj *iterable)
{
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    if (gp_list_extend(l, iterable) < 0) { gp_decref(l); return NULL; }
    return l;
}

gp_obj *gp_tuple_from_iterable(gp_obj *iterable)
{
    if (GP_TYPE(iterable) == &gp_tuple_type) return gp_incref(iterable);
    if (GP_LIST_CHECK(iterable))
        return gp_tuple_from_array(GP_LIST_ITEMS(iterable), GP_LIST_SIZE(iterable));
    gp_obj *l = gp_list_from_iterable(iterable);
    if (!l) return NULL;
    gp_obj *t = gp_list_as_tuple(l);
    gp_decref(l);
    return t;
}

/* ---- format() ----------------------------------------------------------------------------------- */

gp_obj *gp_format(gp_obj *o, gp_obj *spec)
{
    gp_obj *empty = NULL;
    if (!spec) spec = empty = gp_str_new("", 0);
    gp_obj *r;
    if (GP_INT_EXACT(o) || GP_TYPE(o) == &gp_bool_type) {
        if (GP_TYPE(o) == &gp_bool_type && GP_STR_LEN(spec) == 0) r = gp_str(o);
        else r = gp_format_int(o, spec);
    } else if (GP_TYPE(o) == &gp_float_type) {
        r = gp_format_float(GP_FLOAT_VALUE(o), spec);
    } else if (GP_STR_EXACT(o)) {
        r = gp_format_str(o, spec);
    } else {
        /* a special method: looked up on the type (format(int) must use
         * type.__format__, not int's unbound one) */
        gp_obj *f = gp_type_lookup(GP_TYPE(o), gp_str_intern_cstr("__format__"));
        gp_obj *m = !f ? gp_err_format(gp_exc_TypeError, "Type %s doesn't define __format__", gp_type_name(GP_TYPE(o)))
                    : GP_TYPE(f)->descr_get ? GP_TYPE(f)->descr_get(f, o, (gp_obj *)GP_TYPE(o)) : gp_incref(f);
        r = m ? gp_call1(m, spec) : NULL;
        gp_xdecref(m);
        if (r && !GP_STR_CHECK(r)) {
            gp_err_format(gp_exc_TypeError, "__format__ must return a str, not %T", r);
            GP_CLEAR(r);
        }
    }
    gp_xdecref(empty);
    return r;
}
