/*
 * heaptype.c — classes created by a class statement or type(name,
 * bases, dict): layout (instance __dict__ or __slots__ members), the
 * metaclass and solid base, and the "slot functions" that route C slots
 * (nb_add, richcompare, iter, ...) to the class's Python methods
 * (__add__, __eq__, __iter__, ...). Also __set_name__ and
 * __init_subclass__ at class creation.
 *
 * For heap types, gp_type.user points to a heap_ext describing the
 * __slots__ members so deallocation can release them.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "slots.h"
#include "weakref.h"

typedef struct heap_ext { gp_obj *qualname; gp_ssize nmembers; size_t offsets[]; } heap_ext;

gp_obj *gp_heaptype_qualname(gp_type *t)
{
    heap_ext *x = t->user;
    return x ? x->qualname : NULL;
}

void gp_heaptype_set_qualname(gp_type *t, gp_obj *q)
{
    heap_ext *x = t->user;
    if (x) GP_SETREF(x->qualname, gp_incref(q));
}

/* ---- member descriptors (__slots__) ---------------------------------------------------- */

typedef struct { gp_obj base; gp_type *type; gp_obj *name; size_t offset; } member_descr;

static void member_dealloc(gp_obj *o)
{
    gp_decref(((member_descr *)o)->name);
    gp_obj_free(o);
}

/* A slot read or written through another type's object would touch memory
 * outside it (Point.x.__get__(object())). */
static bool member_applies(member_descr *m, gp_obj *obj)
{
    if (GP_TYPE_CHECK(obj, m->type)) return true;
    gp_err_format(gp_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
                  m->name, gp_type_name(m->type), obj);
    return false;
}

static gp_obj *member_get(gp_obj *o, gp_obj *obj, gp_obj *type)
{
    member_descr *m = (member_descr *)o;
    if (!obj) return gp_incref(o);
    if (!member_applies(m, obj)) return NULL;
    gp_obj *v = *(gp_obj **)((char *)obj + m->offset);
    if (!v) return gp_err_format(gp_exc_AttributeError, "'%T' object has no attribute '%U'", obj, m->name);
    return gp_incref(v);
}

static int member_set(gp_obj *o, gp_obj *obj, gp_obj *v)
{
    member_descr *m = (member_descr *)o;
    if (!member_applies(m, obj)) return -1;
    gp_obj **slot = (gp_obj **)((char *)obj + m->offset);
    if (!v && !*slot) {
        /* CPython's message for deleting an unset slot is just its name */
        gp_err_format(gp_exc_AttributeError, "%U", m->name);
        return -1;
    }
    GP_SETREF(*slot, gp_xincref(v));
    return 0;
}

static gp_obj *member_repr(gp_obj *o)
{
    member_descr *m = (member_descr *)o;
    return gp_str_from_format("<member '%U' of '%s' objects>", m->name, gp_type_name(m->type));
}

static gp_obj *member_name(gp_obj *o) { return gp_incref(((member_descr *)o)->name); }
static gp_obj *member_objclass(gp_obj *o) { return gp_incref((gp_obj *)((member_descr *)o)->type); }
static gp_obj *member_qualname(gp_obj *o)
{
    member_descr *m = (member_descr *)o;
    gp_obj *q = gp_heaptype_qualname(m->type);
    return q ? gp_str_from_format("%U.%U", q, m->name) : gp_str_from_format("%s.%U", gp_type_name(m->type), m->name);
}
static gp_obj *member_doc(gp_obj *o) { (void)o; return GP_NONE_NEW(); }

static const gp_getsetdef member_getsets[] = {
    {"__name__", member_name, NULL},
    {"__qualname__", member_qualname, NULL},
    {"__objclass__", member_objclass, NULL},
    {"__doc__", member_doc, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_member_descr_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "member_descriptor",
    .basicsize = sizeof(member_descr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .getsets = member_getsets,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* Clears the __slots__ members of every heap class in o's type chain. */
void gp_heaptype_clear_members(gp_obj *o)
{
    for (gp_type *t = GP_TYPE(o); t && (t->flags & GP_TF_HEAPTYPE); t = t->tp_base) {
        heap_ext *x = t->user;
        for (gp_ssize i = 0; x && i < x->nmembers; i++) GP_CLEAR(*(gp_obj **)((char *)o + x->offsets[i]));
    }
}

/* Visits the __slots__ values gp_heaptype_clear_members drops (gc.c). */
void gp_heaptype_visit_members(gp_obj *o, void (*visit)(gp_obj *, void *), void *arg)
{
    for (gp_type *t = GP_TYPE(o); t && (t->flags & GP_TF_HEAPTYPE); t = t->tp_base) {
        heap_ext *x = t->user;
        for (gp_ssize i = 0; x && i < x->nmembers; i++) {
            gp_obj *v = *(gp_obj **)((char *)o + x->offsets[i]);
            if (v) visit(v, arg);
        }
    }
}

/* ---- layout ----------------------------------------------------------------------------------- */

/* The base whose C layout instances extend, as CPython's solid_base: the
 * nearest class with __slots__ members of its own, else the nearest builtin
 * that adds fields (an instance __dict__ a class adds does not count). */
static gp_type *solid_base(gp_type *t)
{
    while (t->flags & GP_TF_HEAPTYPE) {
        heap_ext *x = t->user;
        if (x && x->nmembers > 0) return t;
        t = t->tp_base;
    }
    while (t->tp_base && t->basicsize == t->tp_base->basicsize && t->dictoffset == t->tp_base->dictoffset)
        t = t->tp_base;
    return t;
}

static gp_type *best_base(gp_obj *bases)
{
    gp_type *best = NULL, *best_solid = NULL;
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(bases); i++) {
        gp_obj *b = GP_TUPLE_GET(bases, i);
        if (!GP_HAS_FLAG(b, GP_TF_TYPE_SUB)) {
            gp_err_set_str(gp_exc_TypeError, "bases must be types");
            return NULL;
        }
        gp_type *bt = (gp_type *)b;
        if (!(bt->flags & GP_TF_BASETYPE)) {
            gp_err_format(gp_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        gp_type *s = solid_base(bt);
        /* the first base wins among bases of the same layout (CPython) */
        if (!best) { best = bt; best_solid = s; }
        else if (gp_type_is_subtype(best_solid, s)) continue;
        else if (gp_type_is_subtype(s, best_solid)) { best = bt; best_solid = s; }
        else {
            gp_err_set_str(gp_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* The most derived metaclass of meta and the bases' metaclasses. */
static gp_type *winner_meta(gp_type *meta, gp_obj *bases)
{
    gp_type *w = meta;
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(bases); i++) {
        gp_type *bm = GP_TYPE(GP_TUPLE_GET(bases, i));
        if (gp_type_is_subtype(w, bm)) continue;
        if (gp_type_is_subtype(bm, w)) { w = bm; continue; }
        gp_err_set_str(gp_exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return w;
}

/* Layouts with items after the header: no weak reference slot (CPython:
 * __itemsize__ != 0). */
static bool layout_has_items(gp_type *base)
{
    return gp_type_is_subtype(base, &gp_tuple_type) || gp_type_is_subtype(base, &gp_bytes_type) ||
           gp_type_is_subtype(base, &gp_int_type);
}

static int add_slots(gp_type *t, gp_obj *slots, bool *want_dict, bool *want_weak, gp_type *base)
{
    gp_obj *names = GP_STR_CHECK(slots) ? gp_tuple_pack(1, slots) : gp_tuple_from_iterable(slots);
    if (!names) return -1;
    gp_ssize n = GP_TUPLE_SIZE(names);
    heap_ext *x = realloc(t->user, sizeof(heap_ext) + sizeof(size_t) * (size_t)(n ? n : 1));
    if (!x) { gp_decref(names); gp_err_nomemory(); return -1; }
    t->user = x;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *nm = GP_TUPLE_GET(names, i);
        if (!GP_STR_CHECK(nm)) {
            gp_err_format(gp_exc_TypeError, "__slots__ items must be strings, not '%T'", nm);
            gp_decref(names);
            return -1;
        }
        gp_obj *ident = gp_call_method(nm, "isidentifier", NULL, 0);
        if (!ident) { gp_decref(names); return -1; }
        gp_decref(ident);
        if (ident != gp_True) {
            gp_err_set_str(gp_exc_TypeError, "__slots__ must be identifiers");
            gp_decref(names);
            return -1;
        }
        if (gp_str_eq_cstr(nm, "__dict__")) { *want_dict = true; continue; }
        if (gp_str_eq_cstr(nm, "__weakref__")) {
            if (*want_weak || t->weaklistoffset || layout_has_items(base)) {
                gp_err_set_str(gp_exc_TypeError,
                               "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                gp_decref(names);
                return -1;
            }
            *want_weak = true;
            continue;
        }
        if (gp_dict_get(t->dict, nm)) {
            gp_err_format(gp_exc_ValueError, "%R in __slots__ conflicts with class variable", nm);
            gp_decref(names);
            return -1;
        }
        gp_type *tb = t->tp_base;
        if (gp_type_is_subtype(tb, &gp_int_type) || gp_type_is_subtype(tb, &gp_tuple_type) ||
            gp_type_is_subtype(tb, &gp_bytes_type)) {
            /* variable-size instances in CPython: no room for members */
            gp_err_format(gp_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                          gp_type_name(tb));
            gp_decref(names);
            return -1;
        }
        member_descr *m = (member_descr *)gp_obj_alloc(&gp_member_descr_type);
        if (!m) { gp_decref(names); return -1; }
        m->type = t;
        m->name = gp_str_intern(gp_incref(nm));
        m->offset = t->basicsize;
        x->offsets[x->nmembers++] = t->basicsize;
        t->basicsize += sizeof(gp_obj *);
        int r = gp_dict_set(t->dict, m->name, (gp_obj *)m);
        gp_decref((gp_obj *)m);
        if (r < 0) { gp_decref(names); return -1; }
    }
    gp_decref(names);
    return 0;
}

static int setup_layout(gp_type *t, gp_type *base)
{
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    bool want_dict = true, want_weak = true;
    gp_obj *slots = gp_dict_get_cstr(t->dict, "__slots__");
    if (slots) {
        want_dict = want_weak = false;
        if (add_slots(t, slots, &want_dict, &want_weak, base) < 0) return -1;
    }
    if (gp_type_is_subtype(base, &gp_type_type)) {
        t->dictoffset = offsetof(gp_type, dict); /* a metaclass: instances keep attributes in their own dict */
        return 0;
    }
    if (want_dict && !t->dictoffset) {
        if (gp_type_is_subtype(base, &gp_tuple_type) || gp_type_is_subtype(base, &gp_bytes_type)) {
            /* variable-size layouts: no instance __dict__ (CPython puts it after the items) */
            return 0;
        }
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(gp_obj *);
    }
    /* the weak reference list (weakref.c) comes after the __dict__, as in CPython */
    if (want_weak && !t->weaklistoffset && !layout_has_items(base)) {
        t->weaklistoffset = t->basicsize;
        t->basicsize += sizeof(gp_obj *);
    }
    return 0;
}

/* ---- subclass registry (type.__subclasses__, slot refresh) ------------------------------ */

/* base type address -> list of the addresses of its direct heap subclasses.
 * Addresses (ints), not references: the registry must not keep classes
 * alive (the cycle collector frees them); a class removes itself when it
 * is deallocated, so every address listed is a live class. */
static gp_obj *subclass_map;

static gp_obj *addr_key(gp_type *t) { return gp_int_from_i64((int64_t)(intptr_t)t); }

static int register_subclass(gp_type *t)
{
    if (!subclass_map && !(subclass_map = gp_dict_new())) return -1;
    gp_obj *me = addr_key(t);
    if (!me) return -1;
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(t->bases); i++) {
        gp_obj *b = addr_key((gp_type *)GP_TUPLE_GET(t->bases, i));
        gp_obj *l = b ? gp_dict_get(subclass_map, b) : NULL;
        int r = 0;
        if (!l && b && !gp_err_occurred() && (l = gp_list_new(0))) {
            r = gp_dict_set(subclass_map, b, l);
            gp_decref(l);
        }
        r = !b || !l || r < 0 ? -1 : gp_list_append(l, me);
        gp_xdecref(b);
        if (r < 0) { gp_decref(me); return -1; }
    }
    gp_decref(me);
    return 0;
}

/* C.__bases__ = (...) (type.c checks the new bases): moves t in the
 * subclass registry and picks the new layout base, which must extend the
 * same solid base as before so instances stay valid. */
static void unregister_from_bases(gp_type *t);

int gp_heaptype_set_bases(gp_type *t, gp_obj *bases)
{
    gp_type *base = best_base(bases);
    if (!base) return -1;
    if (solid_base(base) != solid_base(t->tp_base)) {
        gp_err_format(gp_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                      gp_type_name(base), gp_type_name(t->tp_base));
        return -1;
    }
    unregister_from_bases(t);
    GP_SETREF(t->bases, gp_incref(bases));
    t->tp_base = base;
    return register_subclass(t);
}

/* Drops t from its bases' lists and its own (empty by now) entry. */
static void unregister_subclass(gp_type *t)
{
    if (!subclass_map || !t->bases) return;
    unregister_from_bases(t);
    gp_obj *saved = gp_err_fetch();
    gp_obj *me = addr_key(t);
    if (me && gp_dict_get(subclass_map, me)) gp_dict_del(subclass_map, me);
    gp_xdecref(me);
    gp_err_clear();
    gp_err_restore(saved);
}

/* Removes t from the subclass lists of its current bases. */
static void unregister_from_bases(gp_type *t)
{
    if (!subclass_map || !t->bases) return;
    gp_obj *saved = gp_err_fetch();
    gp_obj *me = addr_key(t);
    for (gp_ssize i = 0; me && i < GP_TUPLE_SIZE(t->bases); i++) {
        gp_obj *b = addr_key((gp_type *)GP_TUPLE_GET(t->bases, i));
        gp_obj *l = b ? gp_dict_get(subclass_map, b) : NULL;
        gp_xdecref(b);
        if (!l || !GP_LIST_CHECK(l)) continue;
        gp_list *lst = (gp_list *)l;
        for (gp_ssize j = 0; j < lst->size; j++) {
            int ovf = 0;
            if (gp_int_as_i64(lst->items[j], &ovf) != (int64_t)(intptr_t)t) continue;
            gp_obj *x = lst->items[j];
            memmove(lst->items + j, lst->items + j + 1, sizeof(gp_obj *) * (size_t)(lst->size - j - 1));
            lst->size--;
            gp_decref(x);
            break;
        }
    }
    gp_xdecref(me);
    gp_err_clear();
    gp_err_restore(saved);
}

gp_obj *gp_type_subclasses(gp_type *t)
{
    gp_obj *key = subclass_map ? addr_key(t) : NULL;
    if (subclass_map && !key) return NULL;
    gp_obj *l = key ? gp_dict_get(subclass_map, key) : NULL;
    gp_xdecref(key);
    if (!l && gp_err_occurred()) return NULL;
    gp_obj *r = gp_list_new(0);
    for (gp_ssize i = 0; r && l && i < GP_LIST_SIZE(l); i++) {
        int ovf = 0;
        gp_obj *sub = (gp_obj *)(intptr_t)gp_int_as_i64(GP_LIST_ITEMS(l)[i], &ovf);
        if (sub->refcnt > 0 && gp_list_append(r, sub) < 0) GP_CLEAR(r);
    }
    return r;
}

/* ---- classes as objects: the collector's view and deallocation ----------------------------- */

void gp_heaptype_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_type *t = (gp_type *)o;
    if (!(t->flags & GP_TF_HEAPTYPE)) return;
    gp_obj *refs[] = {t->dict, t->bases, t->mro, t->user ? ((heap_ext *)t->user)->qualname : NULL};
    gp_gc_visit_array(refs, 4, visit, arg);
}

/* Only __mro__ (which holds the class itself): the dict is a tracked
 * container cleared on its own, and tp_base is borrowed from __bases__,
 * which must outlive the class's instances. */
void gp_heaptype_gc_clear(gp_obj *o)
{
    gp_type *t = (gp_type *)o;
    if (t->flags & GP_TF_HEAPTYPE) GP_CLEAR(t->mro);
}

void gp_heaptype_dealloc(gp_obj *o)
{
    gp_type *t = (gp_type *)o;
    if (!(t->flags & GP_TF_HEAPTYPE)) return; /* static types are immortal */
    unregister_subclass(t);
    GP_CLEAR(t->dict);
    GP_CLEAR(t->mro);
    GP_CLEAR(t->bases);
    if (t->user) gp_xdecref(((heap_ext *)t->user)->qualname);
    free(t->user);
    free((void *)t->name);
    gp_obj_free(o);
}

/* ---- class creation ---------------------------------------------------------------------------- */

static int wrap_special(gp_type *t, const char *name, gp_type *wrapper)
{
    gp_obj *f = gp_dict_get_cstr(t->dict, name);
    if (!f || GP_TYPE(f) == wrapper || GP_TYPE(f)->descr_get == NULL) return 0;
    if (GP_TYPE(f) == &gp_staticmethod_type || GP_TYPE(f) == &gp_classmethod_type) return 0;
    gp_obj *w = gp_call1((gp_obj *)wrapper, f);
    if (!w) return -1;
    int r = gp_dict_set_cstr(t->dict, name, w);
    gp_decref(w);
    return r;
}

static int call_set_name(gp_type *t)
{
    gp_obj *items = gp_dict_copy(t->dict);
    if (!items) return -1;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    int r = 0;
    while (r == 0 && gp_dict_next(items, &pos, &k, &v)) {
        gp_obj *sn = gp_type_lookup(GP_TYPE(v), gp_str_intern_cstr("__set_name__"));
        if (!sn) continue;
        gp_obj *args[2] = {(gp_obj *)t, k};
        gp_obj *res = gp_call_method(v, "__set_name__", args, 2);
        if (!res) {
            /* 3.11 wraps the error: RuntimeError(...) from the original */
            gp_obj *orig = gp_err_fetch();
            gp_err_format(gp_exc_RuntimeError, "Error calling __set_name__ on '%T' instance %R in '%s'",
                          v, k, gp_type_name(t));
            gp_exc *wrapped = (gp_exc *)gp_err_fetch();
            if (wrapped && orig && GP_HAS_FLAG(orig, GP_TF_EXC_SUB)) {
                GP_SETREF(wrapped->context, gp_incref(orig));
                GP_SETREF(wrapped->cause, gp_incref(orig));
                wrapped->suppress_context = true;
            }
            gp_xdecref(orig);
            gp_err_restore((gp_obj *)wrapped);
            r = -1;
        }
        gp_xdecref(res);
    }
    gp_decref(items);
    return r;
}

static int call_init_subclass(gp_type *t, gp_obj *const *kwvals, gp_obj *kwnames)
{
    gp_obj *mro = t->mro;
    gp_obj *name = gp_str_intern_cstr("__init_subclass__");
    for (gp_ssize i = 1; i < GP_TUPLE_SIZE(mro); i++) {
        gp_type *b = (gp_type *)GP_TUPLE_GET(mro, i);
        gp_obj *f = b->dict ? gp_dict_get_str(b->dict, name) : NULL;
        if (!f) continue;
        gp_obj *bound;
        if (GP_TYPE(f)->descr_get) bound = GP_TYPE(f)->descr_get(f, NULL, (gp_obj *)t);
        else bound = gp_incref(f);
        if (!bound) return -1;
        if (b == &gp_object_type) {
            gp_decref(bound);
            if (kwnames && GP_TUPLE_SIZE(kwnames)) {
                gp_err_format(gp_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", gp_type_name(t));
                return -1;
            }
            return 0;
        }
        gp_obj *r = gp_call(bound, kwvals, 0, kwnames);
        gp_decref(bound);
        if (!r) return -1;
        gp_decref(r);
        return 0;
    }
    return 0;
}

gp_obj *gp_heaptype_new(gp_type *meta, gp_obj *name, gp_obj *bases, gp_obj *ns, gp_obj *const *kwvals, gp_obj *kwnames)
{
    if (!GP_STR_CHECK(name)) return gp_err_format(gp_exc_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!GP_TUPLE_CHECK(bases)) return gp_err_format(gp_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!GP_DICT_CHECK(ns)) return gp_err_format(gp_exc_TypeError, "type.__new__() argument 3 must be dict, not %T", ns);
    gp_type *w = winner_meta(meta, bases);
    if (!w) return NULL;
    if (w != meta && w->tp_new != meta->tp_new) {
        gp_obj *args[3] = {name, bases, ns};
        return gp_call((gp_obj *)w, args, 3, NULL);
    }
    meta = w;
    bool nobases = GP_TUPLE_SIZE(bases) == 0;
    gp_obj *realbases = nobases ? gp_tuple_pack(1, (gp_obj *)&gp_object_type) : gp_incref(bases);
    if (!realbases) return NULL;
    gp_type *base = best_base(realbases);
    if (!base) { gp_decref(realbases); return NULL; }
    gp_type *t = (gp_type *)gp_obj_alloc_size(meta, meta->basicsize > sizeof(gp_type) ? meta->basicsize : sizeof(gp_type));
    if (!t) { gp_decref(realbases); return NULL; }
    t->flags = GP_TF_HEAPTYPE | GP_TF_BASETYPE;
    t->user = calloc(1, sizeof(heap_ext));
    if (!t->user) { gp_err_nomemory(); goto fail; }
    t->name = strdup(GP_STR_DATA(name));
    t->tp_base = base;
    t->bases = realbases;
    t->dict = gp_dict_copy(ns);
    if (!t->name || !t->dict) goto fail;
    if (!gp_dict_get_cstr(t->dict, "__doc__") && gp_dict_set_cstr(t->dict, "__doc__", gp_None) < 0) goto fail;
    if (gp_dict_get_cstr(t->dict, "__eq__") && !gp_dict_get_cstr(t->dict, "__hash__") &&
        gp_dict_set_cstr(t->dict, "__hash__", gp_None) < 0)
        goto fail;
    if (wrap_special(t, "__new__", &gp_staticmethod_type) < 0 ||
        wrap_special(t, "__init_subclass__", &gp_classmethod_type) < 0 ||
        wrap_special(t, "__class_getitem__", &gp_classmethod_type) < 0)
        goto fail;
    if (gp_dict_get_cstr(t->dict, "__classcell__") && gp_dict_del_cstr(t->dict, "__classcell__") < 0) goto fail;
    if (!gp_dict_get_cstr(t->dict, "__module__")) {
        /* type(name, bases, ns): the calling module's name, as CPython does */
        gp_obj *g = gp_vm_caller_globals();
        gp_obj *mod = g && GP_DICT_CHECK(g) ? gp_dict_get_cstr(g, "__name__") : NULL;
        if (mod && gp_dict_set_cstr(t->dict, "__module__", mod) < 0) goto fail;
    }
    gp_obj *qn = gp_dict_get_cstr(t->dict, "__qualname__");
    if (qn) {
        if (!GP_STR_CHECK(qn)) {
            gp_err_format(gp_exc_TypeError, "type __qualname__ must be a str, not %T", qn);
            goto fail;
        }
        ((heap_ext *)t->user)->qualname = gp_incref(qn);
        if (gp_dict_del_cstr(t->dict, "__qualname__") < 0) goto fail;
    } else {
        /* fixed at creation: renaming __name__ later leaves it alone */
        ((heap_ext *)t->user)->qualname = gp_incref(name);
    }
    if (setup_layout(t, base) < 0) goto fail;
    if (t->dictoffset && !base->dictoffset && !gp_type_is_subtype(base, &gp_type_type)) {
        gp_obj *d = gp_dict_get_cstr(gp_object_type.dict, "__dict__");
        if (d && gp_dict_set_cstr(t->dict, "__dict__", d) < 0) goto fail;
    }
    if (t->weaklistoffset && !base->weaklistoffset && gp_weakref_add_descr(t) < 0) goto fail;
    gp_slots_from_dict(t);
    if (gp_type_ready(t) < 0) goto fail;
    t->flags |= GP_TF_GC; /* instances carry a gc head (gc.h) */
    gp_slots_fixup(t);
    if (register_subclass(t) < 0) goto fail;
    if (call_set_name(t) < 0 || call_init_subclass(t, kwvals, kwnames) < 0) goto fail;
    return (gp_obj *)t;
fail:
    /* a class that failed half-way: nothing else refers to it yet */
    unregister_subclass(t);
    GP_CLEAR(t->dict);
    GP_CLEAR(t->bases);
    GP_CLEAR(t->mro);
    if (t->user) gp_xdecref(((heap_ext *)t->user)->qualname);
    free(t->user);
    free((void *)t->name);
    if (meta->flags & GP_TF_HEAPTYPE) gp_decref((gp_obj *)meta);
    gp_obj_free((gp_obj *)t);
    return NULL;
}
