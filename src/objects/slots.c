/*
 * slots.c — slot functions for heap classes: each C slot (repr, nb_add,
 * richcompare, iter, ...) of a class that defines the matching special
 * method in Python is set to a function here that looks the method up
 * on type(self) and calls it. Binary operators follow CPython's rules
 * for the reflected method (__radd__) and subclass priority.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "slots.h"

extern gp_type gp_wrapper_descr_type;

/* Interned name for a string literal, cached by the literal's address
 * (every caller here passes literals or static tables). */
static gp_obj *name_obj(const char *s)
{
    static struct { const char *key; gp_obj *name; } cache[128];
    size_t i = ((uintptr_t)s >> 3) & 127;
    if (cache[i].key == s) return cache[i].name;
    gp_obj *n = gp_str_intern_cstr(s);
    if (n) { cache[i].key = s; cache[i].name = n; }
    return n;
}

/* type(self).name bound to self, or NULL (no exception) when absent. */
static gp_obj *lookup_bound(gp_obj *self, const char *name)
{
    gp_obj *attr = gp_type_lookup(GP_TYPE(self), name_obj(name));
    if (!attr) return NULL;
    gp_descrgetfn get = GP_TYPE(attr)->descr_get;
    return get ? get(attr, self, (gp_obj *)GP_TYPE(self)) : gp_incref(attr);
}

/* Python functions (the VM's "function" type) are called with self
 * prepended instead of allocating a bound method for each call. */
static bool is_plain_function(gp_obj *attr)
{
    static gp_type *function_type;
    gp_type *t = GP_TYPE(attr);
    if (t == function_type) return true;
    if (!function_type && t->descr_get && !t->descr_set && strcmp(t->name, "function") == 0) {
        function_type = t;
        return true;
    }
    return false;
}

static gp_obj *call_special(gp_obj *self, const char *name, gp_obj *const *args, size_t nargs)
{
    gp_obj *attr = gp_type_lookup(GP_TYPE(self), name_obj(name));
    if (attr && nargs < 4 && is_plain_function(attr)) {
        gp_obj *buf[4] = {self, NULL, NULL, NULL};
        for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
        gp_incref(attr);
        gp_obj *r = gp_call(attr, buf, nargs + 1, NULL);
        gp_decref(attr);
        return r;
    }
    gp_obj *m = lookup_bound(self, name);
    if (!m) {
        if (!gp_err_occurred()) gp_err_format(gp_exc_AttributeError, "'%T' object has no attribute '%s'", self, name);
        return NULL;
    }
    gp_obj *r = gp_call(m, args, nargs, NULL);
    gp_decref(m);
    return r;
}

static gp_obj *slot_repr(gp_obj *self) { return call_special(self, "__repr__", NULL, 0); }
static gp_obj *slot_str(gp_obj *self) { return call_special(self, "__str__", NULL, 0); }

static gp_hash slot_hash(gp_obj *self)
{
    gp_obj *r = call_special(self, "__hash__", NULL, 0);
    if (!r) return -1;
    if (!GP_INT_CHECK(r)) {
        gp_decref(r);
        gp_err_set_str(gp_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* Like CPython: a result that fits a machine word is used as is (-1
     * becomes -2); only a larger int is reduced through int's own hash. */
    int overflow = 0;
    int64_t v = gp_int_as_i64(r, &overflow);
    gp_hash h = overflow ? gp_hash_of(r) : (gp_hash)(v == -1 ? -2 : v);
    gp_decref(r);
    return h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static gp_obj *slot_richcompare(gp_obj *a, gp_obj *b, int op)
{
    gp_obj *attr = gp_type_lookup(GP_TYPE(a), name_obj(cmp_names[op]));
    if (attr && is_plain_function(attr)) return call_special(a, cmp_names[op], &b, 1);
    gp_obj *m = lookup_bound(a, cmp_names[op]);
    if (!m) return gp_err_occurred() ? NULL : GP_NOTIMPLEMENTED;
    gp_obj *r = gp_call1(m, b);
    gp_decref(m);
    return r;
}

/* Finds the first non-heap type's getattr slot (the C behaviour beneath). */
static gp_getattrfn base_getattr(gp_type *t)
{
    for (gp_type *b = t; b; b = b->tp_base)
        if (!(b->flags & GP_TF_HEAPTYPE)) return b->getattr ? b->getattr : gp_obj_generic_getattr;
    return gp_obj_generic_getattr;
}

static gp_obj *slot_getattro(gp_obj *self, gp_obj *name)
{
    gp_type *t = GP_TYPE(self);
    gp_obj *ga = gp_type_lookup(t, name_obj("__getattribute__"));
    gp_obj *r;
    if (!ga || GP_TYPE(ga) == &gp_wrapper_descr_type) {
        r = base_getattr(t)(self, name);
    } else {
        gp_obj *bound = GP_TYPE(ga)->descr_get ? GP_TYPE(ga)->descr_get(ga, self, (gp_obj *)t) : gp_incref(ga);
        r = bound ? gp_call1(bound, name) : NULL;
        gp_xdecref(bound);
    }
    if (r || !gp_err_matches(gp_exc_AttributeError)) return r;
    gp_obj *g = gp_type_lookup(t, name_obj("__getattr__"));
    if (!g) return NULL;
    gp_err_clear();
    gp_obj *bound = GP_TYPE(g)->descr_get ? GP_TYPE(g)->descr_get(g, self, (gp_obj *)t) : gp_incref(g);
    if (!bound) return NULL;
    r = gp_call1(bound, name);
    gp_decref(bound);
    return r;
}

static gp_setattrfn base_setattr(gp_type *t)
{
    for (gp_type *b = t; b; b = b->tp_base)
        if (!(b->flags & GP_TF_HEAPTYPE)) return b->setattr ? b->setattr : gp_obj_generic_setattr;
    return gp_obj_generic_setattr;
}

static int slot_setattro(gp_obj *self, gp_obj *name, gp_obj *v)
{
    const char *mname = v ? "__setattr__" : "__delattr__";
    gp_obj *m = gp_type_lookup(GP_TYPE(self), name_obj(mname));
    if (!m || GP_TYPE(m) == &gp_wrapper_descr_type) return base_setattr(GP_TYPE(self))(self, name, v);
    gp_obj *args[2] = {name, v};
    gp_obj *r = call_special(self, mname, args, v ? 2 : 1);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static gp_obj *slot_call(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *m = lookup_bound(self, "__call__");
    if (!m) return gp_err_occurred() ? NULL : gp_err_format(gp_exc_TypeError, "'%T' object is not callable", self);
    gp_obj *r = gp_call(m, args, nargs, kw);
    gp_decref(m);
    return r;
}

static gp_obj *slot_iter(gp_obj *self)
{
    /* __iter__ = None marks a class as not iterable (even with __getitem__) */
    if (gp_type_lookup(GP_TYPE(self), name_obj("__iter__")) == gp_None)
        return gp_err_format(gp_exc_TypeError, "'%T' object is not iterable", self);
    return call_special(self, "__iter__", NULL, 0);
}

static gp_obj *slot_iternext(gp_obj *self)
{
    gp_obj *r = call_special(self, "__next__", NULL, 0);
    if (!r && gp_err_matches(gp_exc_StopIteration)) gp_err_clear();
    return r;
}

static gp_ssize slot_len(gp_obj *self)
{
    gp_obj *r = call_special(self, "__len__", NULL, 0);
    if (!r) return -1;
    gp_obj *i = gp_index(r);
    gp_decref(r);
    if (!i) return -1;
    gp_ssize n = gp_int_as_ssize(i);
    int sign = gp_int_sign(i);
    gp_decref(i);
    if (n == -1 && gp_err_occurred()) {
        gp_err_clear();
        gp_err_set_str(gp_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (sign < 0) { gp_err_set_str(gp_exc_ValueError, "__len__() should return >= 0"); return -1; }
    return n;
}

static gp_obj *slot_getitem(gp_obj *self, gp_obj *key) { return call_special(self, "__getitem__", &key, 1); }

static int slot_setitem(gp_obj *self, gp_obj *key, gp_obj *v)
{
    gp_obj *args[2] = {key, v};
    gp_obj *r = call_special(self, v ? "__setitem__" : "__delitem__", args, v ? 2 : 1);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static int slot_contains(gp_obj *self, gp_obj *x)
{
    gp_obj *r = call_special(self, "__contains__", &x, 1);
    if (!r) return -1;
    int t = gp_truthy(r);
    gp_decref(r);
    return t;
}

static int slot_bool(gp_obj *self)
{
    gp_obj *r = call_special(self, "__bool__", NULL, 0);
    if (!r) return -1;
    if (!GP_TYPE_CHECK(r, &gp_bool_type)) {
        gp_err_format(gp_exc_TypeError, "__bool__ should return bool, returned %T", r);
        gp_decref(r);
        return -1;
    }
    int t = r == gp_True;
    gp_decref(r);
    return t;
}

#define UNARY(fn, name) static gp_obj *fn(gp_obj *self) { return call_special(self, name, NULL, 0); }
UNARY(slot_neg, "__neg__")
UNARY(slot_pos, "__pos__")
UNARY(slot_abs, "__abs__")
UNARY(slot_invert, "__invert__")
UNARY(slot_int, "__int__")
UNARY(slot_float, "__float__")
UNARY(slot_index, "__index__")

static int slot_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *m = lookup_bound(self, "__init__");
    if (!m) return gp_err_occurred() ? -1 : 0;
    gp_obj *r = gp_call(m, args, nargs, kw);
    gp_decref(m);
    if (!r) return -1;
    if (r != gp_None) {
        gp_err_format(gp_exc_TypeError, "__init__() should return None, not '%T'", r);
        gp_decref(r);
        return -1;
    }
    gp_decref(r);
    return 0;
}

static gp_obj *slot_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *f = gp_type_lookup(t, name_obj("__new__"));
    if (!f) return gp_err_set_str(gp_exc_TypeError, "no __new__");
    gp_obj *func = GP_TYPE(f)->descr_get ? GP_TYPE(f)->descr_get(f, NULL, (gp_obj *)t) : gp_incref(f);
    if (!func) return NULL;
    size_t total = nargs + (kw ? (size_t)GP_TUPLE_SIZE(kw) : 0);
    gp_obj *small[9], **buf = total + 1 <= 9 ? small : malloc(sizeof(gp_obj *) * (total + 1));
    if (!buf) { gp_decref(func); return gp_err_nomemory(); }
    buf[0] = (gp_obj *)t;
    if (total) memcpy(buf + 1, args, sizeof(gp_obj *) * total);
    gp_obj *r = gp_call(func, buf, nargs + 1, kw);
    if (buf != small) free(buf);
    gp_decref(func);
    return r;
}

static gp_obj *slot_descr_get(gp_obj *self, gp_obj *obj, gp_obj *type)
{
    gp_obj *args[2] = {obj ? obj : gp_None, type ? type : gp_None};
    return call_special(self, "__get__", args, 2);
}

static int slot_descr_set(gp_obj *self, gp_obj *obj, gp_obj *v)
{
    gp_obj *args[2] = {obj, v};
    const char *name = v ? "__set__" : "__delete__";
    /* a descriptor with only one of the two: CPython's terse message */
    if (!gp_type_lookup(GP_TYPE(self), name_obj(name))) {
        gp_err_set_str(gp_exc_AttributeError, name);
        return -1;
    }
    gp_obj *r = call_special(self, name, args, v ? 2 : 1);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

/* ---- binary operators --------------------------------------------------------------------------- */

static const char *const bin_names[][3] = {
#define GP__N(n, sym, m, r, i) {m, r, i},
    GP_BINOPS(GP__N)
#undef GP__N
};

static gp_obj *call_method_obj(gp_obj *self, const char *name, gp_obj *arg)
{
    gp_obj *attr = gp_type_lookup(GP_TYPE(self), name_obj(name));
    if (!attr) return GP_NOTIMPLEMENTED;
    if (is_plain_function(attr)) return call_special(self, name, &arg, 1);
    gp_obj *m = lookup_bound(self, name);
    if (!m) return gp_err_occurred() ? NULL : GP_NOTIMPLEMENTED;
    gp_obj *r = gp_call1(m, arg);
    gp_decref(m);
    return r;
}

static gp_obj *slot_binop(gp_obj *a, gp_obj *b, int op, gp_binaryfn self_fn)
{
    gp_type *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    bool do_other = ta != tb && tb->nb[op] == self_fn;
    gp_obj *r;
    if (ta->nb[op] == self_fn) {
        if (do_other && gp_type_is_subtype(tb, ta) &&
            gp_type_lookup(tb, name_obj(bin_names[op][1])) != gp_type_lookup(ta, name_obj(bin_names[op][1]))) {
            r = call_method_obj(b, bin_names[op][1], a);
            if (r != gp_NotImplemented) return r;
            gp_decref(r);
            do_other = false;
        }
        r = call_method_obj(a, bin_names[op][0], b);
        if (r != gp_NotImplemented || ta == tb) return r;
        gp_decref(r);
    }
    if (do_other) return call_method_obj(b, bin_names[op][1], a);
    return GP_NOTIMPLEMENTED;
}

#define SLOT_BINOP(n, sym, m, r, i) \
    static gp_obj *slot_nb_##n(gp_obj *a, gp_obj *b); \
    static gp_obj *slot_nb_##n(gp_obj *a, gp_obj *b) { return slot_binop(a, b, GP_OP_##n, slot_nb_##n); } \
    static gp_obj *slot_inb_##n(gp_obj *a, gp_obj *b) { return call_method_obj(a, i, b); }
GP_BINOPS(SLOT_BINOP)
#undef SLOT_BINOP

static const gp_binaryfn slot_nb[] = {
#define GP__F(n, sym, m, r, i) slot_nb_##n,
    GP_BINOPS(GP__F)
#undef GP__F
};
static const gp_binaryfn slot_inb[] = {
#define GP__F(n, sym, m, r, i) slot_inb_##n,
    GP_BINOPS(GP__F)
#undef GP__F
};

static gp_obj *slot_pow3(gp_obj *a, gp_obj *b, gp_obj *m)
{
    gp_obj *args[2] = {b, m};
    if (!gp_type_lookup(GP_TYPE(a), name_obj("__pow__"))) return GP_NOTIMPLEMENTED;
    return call_special(a, "__pow__", args, 2);
}

/* ---- installing the slots ------------------------------------------------------------------------- */

static bool has(gp_type *t, const char *name) { return gp_dict_get_cstr(t->dict, name) != NULL; }

void gp_slots_from_dict(gp_type *t)
{
    if (has(t, "__repr__")) t->repr = slot_repr;
    if (has(t, "__str__")) t->str = slot_str;
    gp_obj *h = gp_dict_get_cstr(t->dict, "__hash__");
    if (h && h != gp_None) t->hash = slot_hash;
    for (int op = 0; op < 6; op++)
        if (has(t, cmp_names[op])) t->richcompare = slot_richcompare;
    if (has(t, "__getattr__") || has(t, "__getattribute__")) t->getattr = slot_getattro;
    if (has(t, "__setattr__") || has(t, "__delattr__")) t->setattr = slot_setattro;
    if (has(t, "__call__")) t->call = slot_call;
    if (has(t, "__iter__")) t->iter = slot_iter;
    if (has(t, "__next__")) t->iternext = slot_iternext;
    if (has(t, "__len__")) t->len = slot_len;
    if (has(t, "__getitem__")) t->getitem = slot_getitem;
    if (has(t, "__setitem__") || has(t, "__delitem__")) t->setitem = slot_setitem;
    if (has(t, "__contains__")) t->contains = slot_contains;
    if (has(t, "__bool__")) t->nb_bool = slot_bool;
    if (has(t, "__neg__")) t->nb_neg = slot_neg;
    if (has(t, "__pos__")) t->nb_pos = slot_pos;
    if (has(t, "__abs__")) t->nb_abs = slot_abs;
    if (has(t, "__invert__")) t->nb_invert = slot_invert;
    if (has(t, "__int__")) t->nb_int = slot_int;
    if (has(t, "__float__")) t->nb_float = slot_float;
    if (has(t, "__index__")) t->nb_index = slot_index;
    if (has(t, "__init__")) t->tp_init = slot_init;
    if (has(t, "__new__")) t->tp_new = slot_new;
    if (has(t, "__get__")) t->descr_get = slot_descr_get;
    if (has(t, "__set__") || has(t, "__delete__")) t->descr_set = slot_descr_set;
    for (int op = 0; op < GP_OP__COUNT; op++) {
        if (has(t, bin_names[op][0]) || has(t, bin_names[op][1])) t->nb[op] = slot_nb[op];
        if (has(t, bin_names[op][2])) t->nb_inplace[op] = slot_inb[op];
    }
    if (has(t, "__pow__")) t->nb_pow3 = slot_pow3;
}

void gp_slots_fixup(gp_type *t)
{
    if (gp_dict_get_cstr(t->dict, "__hash__") == gp_None) t->hash = NULL;
    /* A heap class always gets __dict__-aware dealloc through gp_dealloc. */
}
