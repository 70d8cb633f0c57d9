/*
 * type.c — the `type` and `object` types.
 *
 * gp_type_ready turns a C type description into a Python class: bases,
 * the C3 MRO, slot inheritance along the MRO, and a dict in which C
 * methods and getsets become descriptors (plus slot wrappers such as
 * __add__ and __init__ so Python code can call them by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "slots.h"

/* ---- type helpers ---------------------------------------------------- */

const char *gp_type_name(gp_type *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

bool gp_type_is_subtype(gp_type *a, gp_type *b)
{
    if (a == b) return true;
    gp_obj *mro = a->mro;
    if (mro) {
        gp_ssize n = GP_TUPLE_SIZE(mro);
        for (gp_ssize i = 0; i < n; i++)
            if (GP_TUPLE_GET(mro, i) == (gp_obj *)b) return true;
        return false;
    }
    for (; a; a = a->tp_base)
        if (a == b) return true;
    return b == &gp_object_type;
}

/* Attribute cache: (type, interned name) -> result of the MRO walk, found
 * or not. An entry stays valid while no dict along the MRO changed: every
 * dict mutation takes a fresh, larger version number from one global
 * counter, so the largest version among the MRO dicts identifies the
 * state the entry was computed in. */
#define LOOKUP_CACHE_SIZE 4096
static struct lookup_entry {
    gp_type *type;
    gp_obj *name;
    gp_obj *value;   /* borrowed from a dict in the MRO, or NULL */
    uint64_t version;
} lookup_cache[LOOKUP_CACHE_SIZE];

static inline uint64_t mro_version(gp_obj *mro, gp_ssize n)
{
    uint64_t v = 0;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *d = ((gp_type *)GP_TUPLE_GET(mro, i))->dict;
        if (d && ((gp_dict *)d)->version > v) v = ((gp_dict *)d)->version;
    }
    return v;
}

gp_obj *gp_type_lookup(gp_type *t, gp_obj *name)
{
    gp_obj *mro = t->mro;
    if (GP_UNLIKELY(!mro)) return t->dict ? gp_dict_get_str(t->dict, name) : NULL;
    gp_ssize n = GP_TUPLE_SIZE(mro);
    bool cacheable = ((gp_strobj *)name)->interned && n > 1;
    struct lookup_entry *e = NULL;
    uint64_t ver = 0;
    if (cacheable) {
        e = &lookup_cache[(((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3)) & (LOOKUP_CACHE_SIZE - 1)];
        ver = mro_version(mro, n);
        if (e->type == t && e->name == name && e->version == ver) return e->value;
    }
    gp_obj *found = NULL;
    for (gp_ssize i = 0; i < n && !found; i++) {
        gp_type *b = (gp_type *)GP_TUPLE_GET(mro, i);
        if (b->dict) found = gp_dict_get_str(b->dict, name);
    }
    if (e) {
        e->type = t;
        e->name = name;
        e->value = found;
        e->version = ver;
    }
    return found;
}

/* ---- C3 linearisation ---------------------------------------------------- */

/* Is `c` in the tail (index >= 1 from start) of any remaining sequence? */
static bool c3_in_tail(gp_obj **seqs, gp_ssize *pos, gp_ssize nseq, gp_obj *c)
{
    for (gp_ssize i = 0; i < nseq; i++) {
        gp_ssize n = GP_LIST_SIZE(seqs[i]);
        for (gp_ssize j = pos[i] + 1; j < n; j++)
            if (GP_LIST_ITEMS(seqs[i])[j] == c) return true;
    }
    return false;
}

static gp_obj *c3_merge(gp_obj **seqs, gp_ssize nseq, gp_obj *out)
{
    gp_ssize pos[nseq ? nseq : 1];
    memset(pos, 0, sizeof pos);
    for (;;) {
        gp_obj *cand = NULL;
        bool any = false;
        for (gp_ssize i = 0; i < nseq; i++) {
            if (pos[i] >= GP_LIST_SIZE(seqs[i])) continue;
            any = true;
            gp_obj *c = GP_LIST_ITEMS(seqs[i])[pos[i]];
            if (!c3_in_tail(seqs, pos, nseq, c)) { cand = c; break; }
        }
        if (!any) return out;
        if (!cand) {
            gp_decref(out);
            gp_strbuf b;
            gp_strbuf_init(&b);
            gp_strbuf_addc(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            gp_obj *seen = gp_list_new(0);
            for (gp_ssize i = 0; seen && i < nseq; i++) {
                if (pos[i] >= GP_LIST_SIZE(seqs[i])) continue;
                gp_obj *c = GP_LIST_ITEMS(seqs[i])[pos[i]];
                bool dup = false;
                for (gp_ssize k = 0; k < GP_LIST_SIZE(seen); k++) dup = dup || GP_LIST_ITEMS(seen)[k] == c;
                if (dup) continue;
                gp_list_append(seen, c);
                gp_strbuf_addf(&b, "%s %s", GP_LIST_SIZE(seen) > 1 ? "," : "", gp_type_name((gp_type *)c));
            }
            gp_xdecref(seen);
            gp_obj *msg = gp_strbuf_finish(&b);
            if (msg) { gp_err_set(gp_exc_TypeError, msg); gp_decref(msg); }
            return NULL;
        }
        if (gp_list_append(out, cand) < 0) { gp_decref(out); return NULL; }
        for (gp_ssize i = 0; i < nseq; i++)
            if (pos[i] < GP_LIST_SIZE(seqs[i]) && GP_LIST_ITEMS(seqs[i])[pos[i]] == cand) pos[i]++;
    }
}

static gp_obj *compute_mro(gp_type *t)
{
    gp_obj *bases = t->bases;
    gp_ssize nb = GP_TUPLE_SIZE(bases);
    if (nb == 0) return gp_tuple_pack(1, (gp_obj *)t);
    if (nb == 1) {
        gp_obj *bm = ((gp_type *)GP_TUPLE_GET(bases, 0))->mro;
        gp_ssize n = GP_TUPLE_SIZE(bm);
        gp_obj *m = gp_tuple_new(n + 1);
        if (!m) return NULL;
        GP_TUPLE_ITEMS(m)[0] = gp_incref((gp_obj *)t);
        for (gp_ssize i = 0; i < n; i++) GP_TUPLE_ITEMS(m)[i + 1] = gp_incref(GP_TUPLE_GET(bm, i));
        return m;
    }
    for (gp_ssize i = 0; i < nb; i++)
        for (gp_ssize j = i + 1; j < nb; j++)
            if (GP_TUPLE_GET(bases, i) == GP_TUPLE_GET(bases, j))
                return gp_err_format(gp_exc_TypeError, "duplicate base class %s",
                                     gp_type_name((gp_type *)GP_TUPLE_GET(bases, i)));
    gp_obj *seqs[nb + 1];
    gp_ssize made = 0;
    gp_obj *res = NULL;
    for (gp_ssize i = 0; i < nb; i++, made++) {
        seqs[i] = gp_list_from_iterable(((gp_type *)GP_TUPLE_GET(bases, i))->mro);
        if (!seqs[i]) goto done;
    }
    seqs[nb] = gp_list_from_iterable(bases);
    if (!seqs[nb]) goto done;
    made++;
    gp_obj *out = gp_list_new(0);
    if (!out || gp_list_append(out, (gp_obj *)t) < 0) { gp_xdecref(out); goto done; }
    out = c3_merge(seqs, nb + 1, out);
    if (out) { res = gp_list_as_tuple(out); gp_decref(out); }
done:
    for (gp_ssize i = 0; i < made; i++) gp_decref(seqs[i]);
    return res;
}

/* ---- slot inheritance ------------------------------------------------------ */

#define INHERIT(f) do { if (!t->f) t->f = b->f; } while (0)

static void inherit_slots(gp_type *t, gp_type *b, bool own_compare)
{
    INHERIT(dealloc); INHERIT(repr); INHERIT(str);
    INHERIT(getattr); INHERIT(setattr); INHERIT(call); INHERIT(iter); INHERIT(iternext);
    INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    for (int i = 0; i < GP_OP__COUNT; i++) { INHERIT(nb[i]); INHERIT(nb_inplace[i]); }
    INHERIT(nb_pow3); INHERIT(nb_neg); INHERIT(nb_pos); INHERIT(nb_invert); INHERIT(nb_abs);
    INHERIT(nb_bool); INHERIT(nb_int); INHERIT(nb_float); INHERIT(nb_index);
    /* Static C types that define no tp_new are not instantiable from Python
     * (builtin_function_or_method(), dict_keys(), ...): they would be
     * half-initialised objects. */
    if (!t->tp_new && (b != &gp_object_type || (t->flags & GP_TF_HEAPTYPE))) t->tp_new = b->tp_new;
    INHERIT(tp_init); INHERIT(descr_get); INHERIT(descr_set);
    /* A type that defines equality but no hash is unhashable (CPython's rule);
     * heap classes mark that with __hash__ = None in their dict instead. */
    if (!t->hash && (!own_compare || (t->flags & GP_TF_HEAPTYPE))) t->hash = b->hash;
    if (!t->richcompare) t->richcompare = b->richcompare;
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    /* GP_TF_GC is a layout choice (a gc head in front): each type sets its own */
    t->flags |= b->flags & ~(GP_TF_BASETYPE | GP_TF_HEAPTYPE | GP_TF_READY | GP_TF_GC);
}

static int add_methods(gp_type *t)
{
    for (const gp_methoddef *m = t->methods; m && m->name; m++) {
        gp_obj *d = gp_descr_new_method(t, m);
        if (!d) return -1;
        int r = gp_dict_set(t->dict, gp_str_intern_cstr(m->name), d);
        gp_decref(d);
        if (r < 0) return -1;
    }
    for (const gp_getsetdef *g = t->getsets; g && g->name; g++) {
        gp_obj *d = gp_descr_new_getset(t, g);
        if (!d) return -1;
        int r = gp_dict_set(t->dict, gp_str_intern_cstr(g->name), d);
        gp_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}

static gp_obj *type_mro_method(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw);

/* A metaclass overriding mro() decides the class's MRO (CPython calls it
 * once the C3 order exists, which super().mro() returns). */
static int custom_mro(gp_type *t)
{
    gp_type *meta = GP_TYPE(t);
    if (meta == &gp_type_type || !(meta->flags & GP_TF_HEAPTYPE)) return 0;
    gp_obj *m = gp_type_lookup(meta, gp_str_intern_cstr("mro"));
    if (!m || m == gp_dict_get_cstr(gp_type_type.dict, "mro")) return 0;
    gp_obj *r = gp_call_method((gp_obj *)t, "mro", NULL, 0);
    if (!r) return -1;
    gp_obj *tup = gp_tuple_from_iterable(r);
    gp_decref(r);
    if (!tup) return -1;
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(tup); i++) {
        gp_obj *c = GP_TUPLE_GET(tup, i);
        if (!GP_HAS_FLAG(c, GP_TF_TYPE_SUB)) {
            gp_err_format(gp_exc_TypeError, "mro() returned a non-class ('%T')", c);
            gp_decref(tup);
            return -1;
        }
        /* reordering or dropping the C3 entries is supported; a class from
         * outside them could bring a memory layout instances lack */
        if (!gp_type_is_subtype(t, (gp_type *)c)) {
            gp_err_format(gp_exc_TypeError, "mro() returned base with unsuitable layout ('%s')",
                          gp_type_name((gp_type *)c));
            gp_decref(tup);
            return -1;
        }
    }
    if (GP_TUPLE_SIZE(tup) == 0 || GP_TUPLE_GET(tup, 0) != (gp_obj *)t) {
        /* slot inheritance walks mro[1:]: keep the class itself first */
        gp_err_set_str(gp_exc_TypeError, "mro() must start with the class itself");
        gp_decref(tup);
        return -1;
    }
    GP_SETREF(t->mro, tup);
    return 0;
}

int gp_type_ready(gp_type *t)
{
    if (t->flags & GP_TF_READY) return 0;
    if (!t->base.type) t->base.type = &gp_type_type;
    if (!t->base.refcnt) t->base.refcnt = GP_IMMORTAL;
    if (!t->tp_base && t != &gp_object_type) t->tp_base = &gp_object_type;
    if (t->tp_base && gp_type_ready(t->tp_base) < 0) return -1;
    if (!t->bases) {
        t->bases = t->tp_base ? gp_tuple_pack(1, (gp_obj *)t->tp_base) : gp_incref(gp_tuple_empty());
        if (!t->bases) return -1;
    }
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(t->bases); i++)
        if (gp_type_ready((gp_type *)GP_TUPLE_GET(t->bases, i)) < 0) return -1;
    if (!t->dict && !(t->dict = gp_dict_new())) return -1;
    if (add_methods(t) < 0) return -1;
    if (!(t->flags & GP_TF_HEAPTYPE) && gp_descr_add_slot_wrappers(t) < 0) return -1;
    gp_obj *mro = compute_mro(t);
    if (!mro) return -1;
    GP_SETREF(t->mro, mro);
    if ((t->flags & GP_TF_HEAPTYPE) && custom_mro(t) < 0) return -1;
    mro = t->mro;
    bool own_compare = t->richcompare != NULL;
    for (gp_ssize i = 1; i < GP_TUPLE_SIZE(mro); i++) inherit_slots(t, (gp_type *)GP_TUPLE_GET(mro, i), own_compare);
    t->flags |= GP_TF_READY;
    return 0;
}

/* ---- type's own slots -------------------------------------------------------- */

static gp_obj *type_module_obj(gp_type *t)
{
    if (t->flags & GP_TF_HEAPTYPE) {
        gp_obj *m = gp_dict_get_cstr(t->dict, "__module__");
        if (m) return gp_incref(m);
    }
    const char *dot = strrchr(t->name, '.');
    if (dot) return gp_str_new(t->name, (size_t)(dot - t->name));
    return gp_incref(gp_str_intern_cstr("builtins"));
}

static gp_obj *type_qualname_obj(gp_type *t)
{
    if (t->flags & GP_TF_HEAPTYPE) {
        gp_obj *q = gp_heaptype_qualname(t);
        if (q) return gp_incref(q);
    }
    return gp_str_from_cstr(gp_type_name(t));
}

static gp_obj *type_repr(gp_obj *self)
{
    gp_type *t = (gp_type *)self;
    gp_obj *mod = type_module_obj(t);
    if (!mod) return NULL;
    gp_obj *q = type_qualname_obj(t);
    if (!q) { gp_decref(mod); return NULL; }
    gp_obj *r;
    if (GP_STR_CHECK(mod) && !gp_str_eq_cstr(mod, "builtins"))
        r = gp_str_from_format("<class '%U.%U'>", mod, q);
    else
        r = gp_str_from_format("<class '%U'>", q);
    gp_decref(mod);
    gp_decref(q);
    return r;
}

static gp_obj *type_getattro(gp_obj *self, gp_obj *name)
{
    gp_type *t = (gp_type *)self, *meta = GP_TYPE(self);
    gp_obj *mattr = gp_type_lookup(meta, name);
    gp_descrgetfn mget = mattr ? GP_TYPE(mattr)->descr_get : NULL;
    if (mget && GP_TYPE(mattr)->descr_set) return mget(mattr, self, (gp_obj *)meta);
    gp_obj *attr = gp_type_lookup(t, name);
    if (attr) {
        gp_descrgetfn get = GP_TYPE(attr)->descr_get;
        return get ? get(attr, NULL, self) : gp_incref(attr);
    }
    if (mattr) return mget ? mget(mattr, self, (gp_obj *)meta) : gp_incref(mattr);
    return gp_err_format(gp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                         gp_type_name(t), name);
}

static bool is_dunder(gp_obj *name);

static int type_setattro(gp_obj *self, gp_obj *name, gp_obj *v)
{
    gp_type *t = (gp_type *)self;
    if (!(t->flags & GP_TF_HEAPTYPE)) {
        gp_err_format(gp_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'",
                      name, t->name);
        return -1;
    }
    gp_obj *mattr = gp_type_lookup(GP_TYPE(self), name);
    if (mattr && GP_TYPE(mattr)->descr_set) return GP_TYPE(mattr)->descr_set(mattr, self, v);
    if (!v) {
        if (gp_dict_del(t->dict, name) < 0) {
            gp_err_clear();
            gp_err_format(gp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                          gp_type_name(t), name);
            return -1;
        }
    } else if (gp_dict_set(t->dict, name, v) < 0) {
        return -1;
    }
    if (is_dunder(name)) gp_type_refresh_slots(t);
    return 0;
}

static gp_obj *type_call(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    gp_type *t = (gp_type *)self;
    if (t == &gp_type_type && nargs == 1 && !kwnames) return gp_incref((gp_obj *)GP_TYPE(args[0]));
    if (!t->tp_new)
        return gp_err_format(gp_exc_TypeError, "cannot create '%s' instances", t->name);
    gp_obj *o = t->tp_new(t, args, nargs, kwnames);
    if (!o || !GP_TYPE_CHECK(o, t)) return o;
    gp_initfn init = GP_TYPE(o)->tp_init;
    if (init && init(o, args, nargs, kwnames) < 0) { gp_decref(o); return NULL; }
    return o;
}

static gp_obj *type_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    if (nargs == 1 && t == &gp_type_type && !kwnames) return gp_incref((gp_obj *)GP_TYPE(args[0]));
    if (nargs != 3) {
        if (t == &gp_type_type) return gp_err_set_str(gp_exc_TypeError, "type() takes 1 or 3 arguments");
        return gp_err_format(gp_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    }
    return gp_heaptype_new(t, args[0], args[1], args[2], args + nargs, kwnames);
}

static int type_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    return 0;
}

static gp_hash hash_pointer(gp_obj *o)
{
    uint64_t y = (uint64_t)(uintptr_t)o;
    y = (y >> 4) | (y << 60);
    gp_hash h = (gp_hash)y;
    return h == -1 ? -2 : h;
}

static gp_obj *type_get_name(gp_obj *self)
{
    gp_type *t = (gp_type *)self;
    if (t->flags & GP_TF_HEAPTYPE) {
        gp_obj *n = gp_dict_get_cstr(t->dict, "__name__");
        if (n && GP_STR_CHECK(n)) return gp_incref(n);
    }
    return gp_str_from_cstr(gp_type_name(t));
}
static int type_set_name(gp_obj *self, gp_obj *v)
{
    gp_type *t = (gp_type *)self;
    if (!(t->flags & GP_TF_HEAPTYPE)) {
        gp_err_format(gp_exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v) {
        gp_err_format(gp_exc_TypeError, "cannot delete '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!GP_STR_CHECK(v)) {
        gp_err_format(gp_exc_TypeError, "can only assign string to %s.__name__, not '%T'", t->name, v);
        return -1;
    }
    if (strlen(GP_STR_DATA(v)) != (size_t)GP_STR_NBYTES(v)) {
        gp_err_set_str(gp_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    char *n = strdup(GP_STR_DATA(v));
    if (!n) { gp_err_nomemory(); return -1; }
    if (gp_dict_get_cstr(t->dict, "__name__") && gp_dict_set_cstr(t->dict, "__name__", v) < 0) { free(n); return -1; }
    free((void *)t->name);
    t->name = n;
    return 0;
}
static gp_obj *type_get_qualname(gp_obj *self) { return type_qualname_obj((gp_type *)self); }
static int type_set_qualname(gp_obj *self, gp_obj *v)
{
    gp_type *t = (gp_type *)self;
    if (!(t->flags & GP_TF_HEAPTYPE)) {
        gp_err_format(gp_exc_TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v) {
        gp_err_format(gp_exc_TypeError, "cannot delete '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!GP_STR_CHECK(v)) {
        gp_err_format(gp_exc_TypeError, "can only assign string to %s.__qualname__, not '%T'", t->name, v);
        return -1;
    }
    gp_heaptype_set_qualname(t, v);
    return 0;
}
static gp_obj *type_get_module(gp_obj *self) { return type_module_obj((gp_type *)self); }
static gp_obj *type_get_mro(gp_obj *self) { return gp_incref(((gp_type *)self)->mro); }
static gp_obj *type_get_bases(gp_obj *self) { return gp_incref(((gp_type *)self)->bases); }
static gp_obj *type_get_base(gp_obj *self)
{
    gp_type *b = ((gp_type *)self)->tp_base;
    return gp_incref(b ? (gp_obj *)b : gp_None);
}
/* read-only: a class dict changes only through setattr, which refreshes slots */
static gp_obj *type_get_dict(gp_obj *self) { return gp_mappingproxy_new(((gp_type *)self)->dict); }
static gp_obj *type_get_doc(gp_obj *self)
{
    gp_obj *d = gp_dict_get_cstr(((gp_type *)self)->dict, "__doc__");
    return gp_incref(d ? d : gp_None);
}

/* Recomputes the MRO of t and of every class below it (after __bases__
 * changed); slots are refreshed by the caller. */
static int remro(gp_type *t)
{
    gp_obj *mro = compute_mro(t);
    if (!mro) return -1;
    GP_SETREF(t->mro, mro);
    if (custom_mro(t) < 0) return -1;
    /* gp_type_lookup's cache keys on the MRO dicts' versions: a write to
     * this class's dict marks what was computed with the old MRO stale */
    gp_obj *doc = gp_dict_get_cstr(t->dict, "__doc__");
    if (doc) {
        gp_incref(doc);
        int r = gp_dict_set_cstr(t->dict, "__doc__", doc);
        gp_decref(doc);
        if (r < 0) return -1;
    }
    gp_obj *subs = gp_type_subclasses(t);
    if (!subs) return -1;
    int r = 0;
    for (gp_ssize i = 0; r == 0 && i < GP_LIST_SIZE(subs); i++) r = remro((gp_type *)GP_LIST_ITEMS(subs)[i]);
    gp_decref(subs);
    return r;
}

static int type_set_bases(gp_obj *self, gp_obj *v)
{
    gp_type *t = (gp_type *)self;
    if (!(t->flags & GP_TF_HEAPTYPE)) {
        gp_err_format(gp_exc_TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v) {
        gp_err_format(gp_exc_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!GP_TUPLE_CHECK(v)) {
        gp_err_format(gp_exc_TypeError, "can only assign tuple to %s.__bases__, not %T", t->name, v);
        return -1;
    }
    if (GP_TUPLE_SIZE(v) == 0) {
        gp_err_format(gp_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(v); i++) {
        gp_obj *b = GP_TUPLE_GET(v, i);
        if (!GP_HAS_FLAG(b, GP_TF_TYPE_SUB)) {
            gp_err_format(gp_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%T'", t->name, b);
            return -1;
        }
        if (gp_type_is_subtype((gp_type *)b, t)) {
            gp_err_set_str(gp_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    gp_obj *old_bases = gp_incref(t->bases);
    if (gp_heaptype_set_bases(t, v) < 0) { gp_decref(old_bases); return -1; }
    if (remro(t) < 0) {
        /* an order that cannot be linearised: put everything back */
        gp_obj *saved = gp_err_fetch();
        if (gp_heaptype_set_bases(t, old_bases) < 0 || remro(t) < 0) gp_err_clear();
        gp_err_restore(saved);
        gp_decref(old_bases);
        return -1;
    }
    gp_decref(old_bases);
    gp_type_refresh_slots(t);
    return 0;
}

static int type_set_doc(gp_obj *self, gp_obj *v)
{
    gp_type *t = (gp_type *)self;
    if (!(t->flags & GP_TF_HEAPTYPE)) {
        gp_err_format(gp_exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v) {
        gp_err_format(gp_exc_TypeError, "cannot delete '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return gp_dict_set_cstr(t->dict, "__doc__", v);
}

static gp_obj *type_mro_method(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("mro", nargs, kw, 0, 0) < 0) return NULL;
    return gp_list_from_iterable(((gp_type *)self)->mro);
}

static gp_obj *type_subclasses(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_type_subclasses((gp_type *)self);
}

/* Recomputes a heap class's slots from its dict and bases (C.__add__ = f),
 * then those of its subclasses, which copied them. */
void gp_type_refresh_slots(gp_type *t)
{
    if (!(t->flags & GP_TF_HEAPTYPE)) return;
    t->repr = t->str = NULL;
    t->hash = NULL;
    t->richcompare = NULL;
    t->getattr = NULL;
    t->setattr = NULL;
    t->call = NULL;
    t->iter = t->iternext = NULL;
    t->len = NULL;
    t->getitem = NULL;
    t->setitem = NULL;
    t->contains = NULL;
    for (int i = 0; i < GP_OP__COUNT; i++) t->nb[i] = t->nb_inplace[i] = NULL;
    t->nb_pow3 = NULL;
    t->nb_neg = t->nb_pos = t->nb_invert = t->nb_abs = NULL;
    t->nb_bool = NULL;
    t->nb_int = t->nb_float = t->nb_index = NULL;
    t->tp_new = NULL;
    t->tp_init = NULL;
    t->descr_get = NULL;
    t->descr_set = NULL;
    gp_slots_from_dict(t);
    bool own_compare = t->richcompare != NULL;
    for (gp_ssize i = 1; i < GP_TUPLE_SIZE(t->mro); i++) inherit_slots(t, (gp_type *)GP_TUPLE_GET(t->mro, i), own_compare);
    gp_slots_fixup(t);
    gp_obj *subs = gp_type_subclasses(t);
    if (!subs) { gp_err_clear(); return; }
    for (gp_ssize i = 0; i < GP_LIST_SIZE(subs); i++) gp_type_refresh_slots((gp_type *)GP_LIST_ITEMS(subs)[i]);
    gp_decref(subs);
}

static bool is_dunder(gp_obj *name)
{
    gp_ssize n = GP_STR_NBYTES(name);
    const char *s = GP_STR_DATA(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static const gp_getsetdef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL, NULL, NULL},
};

static gp_obj *type_dir(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *d = gp_dict_new();
    if (!d) return NULL;
    gp_obj *mro = ((gp_type *)self)->mro;
    for (gp_ssize i = GP_TUPLE_SIZE(mro) - 1; i >= 0; i--)
        if (gp_dict_update(d, ((gp_type *)GP_TUPLE_GET(mro, i))->dict) < 0) { gp_decref(d); return NULL; }
    gp_obj *l = gp_dict_keys_list(d);
    gp_decref(d);
    return l;
}

static gp_obj *type_instancecheck(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__instancecheck__", nargs, kw, 1, 1) < 0) return NULL;
    return gp_bool_new(GP_TYPE_CHECK(args[0], (gp_type *)self));
}

static gp_obj *type_subclasscheck(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__subclasscheck__", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_HAS_FLAG(args[0], GP_TF_TYPE_SUB)) return gp_err_set_str(gp_exc_TypeError, "issubclass() arg 1 must be a class");
    return gp_bool_new(gp_type_is_subtype((gp_type *)args[0], (gp_type *)self));
}

static const gp_methoddef type_methods[] = {
    {"mro", type_mro_method, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__dir__", type_dir, 0, NULL},
    {"__subclasses__", type_subclasses, 0, NULL},
    {NULL, NULL, 0, NULL},
};


gp_type gp_type_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "type",
    .basicsize = sizeof(gp_type),
    .flags = GP_TF_BASETYPE | GP_TF_TYPE_SUB | GP_TF_GC, /* only classes have a gc head (gc.h) */
    .gc_traverse = gp_heaptype_traverse,
    .gc_clear = gp_heaptype_gc_clear,
    .dealloc = gp_heaptype_dealloc,
    .repr = type_repr,
    .hash = hash_pointer,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .nb = {[GP_OP_OR] = gp_type_or},
    .tp_new = type_new,
    .tp_init = type_init,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- object ------------------------------------------------------------------- */

static void object_dealloc(gp_obj *o)
{
    gp_obj **dp = gp_obj_dictptr(o);
    if (dp) GP_CLEAR(*dp);
    gp_obj_free(o);
}

gp_obj *gp_object_repr_default(gp_obj *self)
{
    gp_type *t = GP_TYPE(self);
    gp_obj *mod = type_module_obj(t);
    if (!mod) return NULL;
    gp_obj *q = type_qualname_obj(t);
    if (!q) { gp_decref(mod); return NULL; }
    gp_obj *r;
    if (GP_STR_CHECK(mod) && !gp_str_eq_cstr(mod, "builtins"))
        r = gp_str_from_format("<%U.%U object at %p>", mod, q, (void *)self);
    else
        r = gp_str_from_format("<%U object at %p>", q, (void *)self);
    gp_decref(mod);
    gp_decref(q);
    return r;
}

static gp_obj *object_str(gp_obj *self) { return gp_repr(self); }

static gp_obj *object_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (op == GP_EQ) return a == b ? gp_bool_new(true) : GP_NOTIMPLEMENTED;
    if (op == GP_NE) {
        gp_richcmpfn eq = GP_TYPE(a)->richcompare;
        if (!eq) return GP_NOTIMPLEMENTED;
        gp_obj *r = eq(a, b, GP_EQ);
        if (!r || r == gp_NotImplemented) return r;
        int t = gp_truthy(r);
        gp_decref(r);
        return t < 0 ? NULL : gp_bool_new(!t);
    }
    return GP_NOTIMPLEMENTED;
}

static int object_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames);

static bool excess_args(size_t nargs, gp_obj *kwnames)
{
    return nargs || (kwnames && GP_TUPLE_SIZE(kwnames));
}

gp_obj *gp_object_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (t->tp_new != gp_object_new)
            return gp_err_set_str(gp_exc_TypeError,
                                  "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->tp_init == object_init)
            return gp_err_format(gp_exc_TypeError, "%s() takes no arguments", gp_type_name(t));
    }
    /* abc: a class with abstract methods left cannot be instantiated; checked
     * here as CPython does, so the traceback ends at the call.  Only classes
     * with a custom metaclass (ABCMeta) pay for the lookup. */
    if (GP_TYPE(t) != &gp_type_type && (t->flags & GP_TF_HEAPTYPE)) {
        gp_obj *am = gp_type_lookup(t, gp_str_intern_cstr("__abstractmethods__"));
        gp_ssize n = am ? gp_len(am) : 0;
        if (n < 0) return NULL;
        if (n > 0) {
            gp_obj *names = gp_list_from_iterable(am);
            if (!names || gp_list_sort(names, NULL, false) < 0) { gp_xdecref(names); return NULL; }
            gp_obj *joined = gp_str_join(gp_str_intern_cstr(", "), names);
            gp_decref(names);
            if (!joined) return NULL;
            gp_err_format(gp_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                          gp_type_name(t), n > 1 ? "s" : "", joined);
            gp_decref(joined);
            return NULL;
        }
    }
    return gp_obj_alloc(t);
}

static int object_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    gp_type *t = GP_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->tp_init != object_init) {
            gp_err_set_str(gp_exc_TypeError,
                           "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->tp_new == gp_object_new) {
            gp_err_format(gp_exc_TypeError, "%s() takes no arguments", gp_type_name(t));
            return -1;
        }
    }
    return 0;
}

static gp_obj *object_get_class(gp_obj *self) { return gp_incref((gp_obj *)GP_TYPE(self)); }

/* obj.__class__ = C: only between classes with the same instance layout. */
static int object_set_class(gp_obj *self, gp_obj *v)
{
    if (!v) { gp_err_set_str(gp_exc_TypeError, "can't delete __class__ attribute"); return -1; }
    if (!GP_HAS_FLAG(v, GP_TF_TYPE_SUB)) {
        gp_err_format(gp_exc_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    gp_type *old = GP_TYPE(self), *nt = (gp_type *)v;
    if (!(old->flags & GP_TF_HEAPTYPE) || !(nt->flags & GP_TF_HEAPTYPE)) {
        gp_err_set_str(gp_exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (old->basicsize != nt->basicsize || old->dictoffset != nt->dictoffset || old->dealloc != nt->dealloc ||
        old->weaklistoffset != nt->weaklistoffset) { /* the weak reference list must stay where it is */
        gp_err_format(gp_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                      gp_type_name(nt), gp_type_name(old));
        return -1;
    }
    self->type = (gp_type *)gp_incref(v);
    gp_decref((gp_obj *)old);
    return 0;
}

static gp_obj *object_get_dict(gp_obj *self)
{
    gp_obj **dp = gp_obj_dictptr(self);
    if (!dp)
        return gp_err_format(gp_exc_AttributeError, "'%T' object has no attribute '__dict__'", self);
    if (!*dp && !(*dp = gp_dict_new())) return NULL;
    return gp_incref(*dp);
}

static int object_set_dict(gp_obj *self, gp_obj *v)
{
    gp_obj **dp = gp_obj_dictptr(self);
    if (!dp) {
        gp_err_format(gp_exc_AttributeError, "'%T' object has no attribute '__dict__'", self);
        return -1;
    }
    if (!v || !GP_DICT_CHECK(v)) {
        gp_err_format(gp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'",
                      v ? v : gp_None);
        return -1;
    }
    GP_SETREF(*dp, gp_incref(v));
    return 0;
}

static gp_obj *object_format(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__format__", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (GP_STR_LEN(args[0]) > 0)
        return gp_err_format(gp_exc_TypeError, "unsupported format string passed to %T.__format__",
                             self);
    return gp_str(self);
}

static gp_obj *object_dir(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *d = gp_dict_new();
    if (!d) return NULL;
    gp_obj **dp = gp_obj_dictptr(self);
    if (dp && *dp && gp_dict_update(d, *dp) < 0) goto fail;
    gp_obj *mro = GP_TYPE(self)->mro;
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(mro); i++)
        if (gp_dict_update(d, ((gp_type *)GP_TUPLE_GET(mro, i))->dict) < 0) goto fail;
    gp_obj *l = gp_dict_keys_list(d);
    gp_decref(d);
    return l;
fail:
    gp_decref(d);
    return NULL;
}

static gp_obj *object_init_subclass(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    /* the end of a cooperative chain: leftover class keywords are an error,
     * named after the class being created (self) as CPython does */
    const char *cls = GP_HAS_FLAG(self, GP_TF_TYPE_SUB) ? gp_type_name((gp_type *)self) : "object";
    if (kw && GP_TUPLE_SIZE(kw))
        return gp_err_format(gp_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", cls);
    if (nargs)
        return gp_err_format(gp_exc_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", cls, nargs);
    return GP_NONE_NEW();
}

/* gilpy's own instance size (sys.getsizeof adds nothing else) */
static gp_obj *object_sizeof(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__sizeof__", nargs, kw, 0, 0) < 0) return NULL;
    return gp_int_from_i64((int64_t)GP_TYPE(self)->basicsize);
}

/* The default answer to abc's issubclass hook: no opinion. */
static gp_obj *object_subclasshook(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    (void)self; (void)args; (void)nargs; (void)kw;
    return GP_NOTIMPLEMENTED;
}

static const gp_getsetdef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {"__dict__", object_get_dict, object_set_dict},
    {NULL, NULL, NULL},
};

static const gp_methoddef object_methods[] = {
    {"__format__", object_format, 0, NULL},
    {"__dir__", object_dir, 0, NULL},
    {"__init_subclass__", object_init_subclass, GP_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, GP_METH_CLASS, NULL},
    {"__sizeof__", object_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_object_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "object",
    .basicsize = sizeof(gp_obj),
    .flags = GP_TF_BASETYPE,
    .dealloc = object_dealloc,
    .repr = gp_object_repr_default,
    .str = object_str,
    .hash = hash_pointer,
    .richcompare = object_richcompare,
    .getattr = gp_obj_generic_getattr,
    .setattr = gp_obj_generic_setattr,
    .tp_new = gp_object_new,
    .tp_init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

gp_hash gp_hash_pointer(gp_obj *o) { return hash_pointer(o); }
