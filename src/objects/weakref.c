/*
 * weakref.c — weak references: weakref.ref (ReferenceType, subclassable),
 * weakref.proxy (ProxyType / CallableProxyType), and what happens to them
 * when their referent dies, by refcount or in the cycle collector.
 *
 * DESIGN (CPython's semantics)
 * - A type accepts weak references when gp_type.weaklistoffset is set
 *   (weakref.h): the builtin ones are listed in weakable[] below, classes
 *   get the slot from heaptype.c. The referent's slot points at the first
 *   weak reference; the references form a doubly linked list through
 *   themselves. Neither link is a reference: a weak reference borrows its
 *   referent and unlinks itself when it dies first.
 * - List order: the shared callback-less ref (what `ref(o)` returns every
 *   time), then the shared callback-less proxy, then all the others, the
 *   newest first. Callbacks run in list order.
 * - Death by refcount (gp_dealloc, object.c): after __del__ and before
 *   the object's members are dropped, every reference is cleared, then
 *   the callbacks run with the dead reference as argument. Their errors
 *   are reported as "Exception ignored in: <callback>" and never raised.
 *   An object whose refcnt is not positive (dying, or queued by the
 *   dealloc trashcan) is never handed out again.
 * - The cycle collector (gc.c) clears the references to its garbage
 *   before finalizers run and calls the callbacks only of references that
 *   are not garbage themselves (a garbage callback could see half-cleared
 *   objects): CPython's handle_weakrefs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "set_internal.h"
#include "weakref.h"
#include "state.h"

struct gp_weakref {
    gp_obj base;
    gp_obj *object;          /* the referent, borrowed; NULL once cleared */
    gp_obj *callback;        /* owned; NULL: none */
    gp_hash hash;            /* -1 until hashed (kept after the referent died) */
    gp_weakref *prev, *next; /* the referent's list */
};

#define WR(o) ((gp_weakref *)(void *)(o))

static inline gp_weakref **list_of(gp_obj *o)
{
    size_t off = GP_TYPE(o)->weaklistoffset;
    return off ? (gp_weakref **)(void *)((char *)o + off) : NULL;
}

static inline bool is_proxy(gp_obj *o)
{
    return GP_TYPE(o) == &gp_weakproxy_type || GP_TYPE(o) == &gp_weakcallproxy_type;
}

bool gp_weakref_check(gp_obj *o) { return GP_TYPE_CHECK(o, &gp_weakref_type) || is_proxy(o); }

gp_obj *gp_weakref_get(gp_obj *ref)
{
    gp_obj *o = WR(ref)->object;
    return o && o->refcnt > 0 ? o : NULL;
}

/* ---- the referent's list ---------------------------------------------------------------------- */

static void unlink_ref(gp_weakref *r)
{
    if (!r->object) return;
    gp_weakref **head = list_of(r->object);
    if (*head == r) *head = r->next;
    if (r->prev) r->prev->next = r->next;
    if (r->next) r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->object = NULL;
}

static void insert_after(gp_weakref *r, gp_weakref *prev)
{
    r->prev = prev;
    r->next = prev->next;
    if (prev->next) prev->next->prev = r;
    prev->next = r;
}

static void insert_head(gp_weakref *r, gp_weakref **head)
{
    r->prev = NULL;
    r->next = *head;
    if (*head) (*head)->prev = r;
    *head = r;
}

/* The shared callback-less ref and proxy at the front of a list. */
static void basic_refs(gp_weakref *head, gp_weakref **ref, gp_weakref **proxy)
{
    *ref = *proxy = NULL;
    if (head && GP_TYPE(head) == &gp_weakref_type && !head->callback) {
        *ref = head;
        head = head->next;
    }
    if (head && is_proxy((gp_obj *)head) && !head->callback) *proxy = head;
}

static gp_weakref **checked_list(gp_obj *o)
{
    gp_weakref **head = list_of(o);
    if (!head) gp_err_format(gp_exc_TypeError, "cannot create weak reference to '%s' object", GP_TYPE(o)->name);
    return head;
}

/* A new reference of type t to o, linked where CPython links it (basic
 * references are shared, not made here). */
static gp_obj *make_ref(gp_type *t, gp_obj *o, gp_obj *callback, gp_weakref **head)
{
    gp_weakref *r = (gp_weakref *)gp_obj_alloc(t);
    if (!r) return NULL;
    r->object = o;
    r->callback = gp_xincref(callback);
    r->hash = -1;
    gp_weakref *ref, *proxy;
    basic_refs(*head, &ref, &proxy);
    bool basic = !callback && (t == &gp_weakref_type || is_proxy((gp_obj *)r));
    if (basic && t == &gp_weakref_type) insert_head(r, head);
    else if (basic) { if (ref) insert_after(r, ref); else insert_head(r, head); }
    else if (proxy || ref) insert_after(r, proxy ? proxy : ref);
    else insert_head(r, head);
    return (gp_obj *)r;
}

static gp_obj *ref_of_type(gp_type *t, gp_obj *o, gp_obj *callback)
{
    gp_weakref **head = checked_list(o);
    if (!head) return NULL;
    if (callback == gp_None) callback = NULL;
    if (!callback && t == &gp_weakref_type) {
        gp_weakref *ref, *proxy;
        basic_refs(*head, &ref, &proxy);
        if (ref) return gp_incref((gp_obj *)ref);
    }
    return make_ref(t, o, callback, head);
}

gp_obj *gp_weakref_new(gp_obj *o, gp_obj *callback) { return ref_of_type(&gp_weakref_type, o, callback); }

gp_obj *gp_weakref_proxy_new(gp_obj *o, gp_obj *callback)
{
    gp_weakref **head = checked_list(o);
    if (!head) return NULL;
    if (callback == gp_None) callback = NULL;
    if (!callback) {
        gp_weakref *ref, *proxy;
        basic_refs(*head, &ref, &proxy);
        if (proxy) return gp_incref((gp_obj *)proxy);
    }
    gp_type *t = GP_TYPE(o)->call ? &gp_weakcallproxy_type : &gp_weakproxy_type;
    return make_ref(t, o, callback, head);
}

gp_ssize gp_weakref_count(gp_obj *o)
{
    gp_weakref **head = list_of(o);
    gp_ssize n = 0;
    for (gp_weakref *r = head ? *head : NULL; r; r = r->next) n++;
    return n;
}

gp_obj *gp_weakref_list(gp_obj *o)
{
    gp_obj *l = gp_list_new(0);
    gp_weakref **head = list_of(o);
    for (gp_weakref *r = head ? *head : NULL; l && r; r = r->next)
        if (gp_list_append(l, (gp_obj *)r) < 0) GP_CLEAR(l);
    return l;
}

/* ---- callbacks ------------------------------------------------------------------------------- */

/* "Exception ignored in: <callback>" and the traceback, on sys.stderr
 * (CPython's PyErr_WriteUnraisable). */
static void report_unraisable(gp_obj *where)
{
    gp_obj *exc = gp_err_fetch();
    gp_obj *msg = gp_str_from_format("Exception ignored in: %R\n", where);
    if (!msg) gp_err_clear();
    gp_thread *ts = gp_tstate();
    gp_obj *err = msg && ts && ts->interp && ts->interp->sysdict ? gp_dict_get_cstr(ts->interp->sysdict, "stderr") : NULL;
    gp_obj *r = err && err != gp_None ? gp_call_method(err, "write", &msg, 1) : NULL;
    if (r) gp_decref(r);
    else if (msg) { gp_err_clear(); fputs(GP_STR_DATA(msg), stderr); fflush(stderr); }
    gp_xdecref(msg);
    if (exc) { gp_err_print(exc); gp_decref(exc); }
}

/* Pending callbacks: pairs (reference, callback), both owned. */
typedef struct { gp_obj **v; size_t n, cap; bool failed; } cb_list;

static void cb_push(cb_list *l, gp_weakref *r, gp_obj *cb)
{
    if (l->n + 2 > l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 16;
        gp_obj **nv = realloc(l->v, nc * sizeof *nv);
        if (!nv) { l->failed = true; gp_decref(cb); return; } /* out of memory: the callback is dropped */
        l->v = nv;
        l->cap = nc;
    }
    l->v[l->n++] = gp_incref((gp_obj *)r);
    l->v[l->n++] = cb;
}

/* Calls and releases every pending callback, keeping any pending
 * exception of the caller. */
static void cb_run(cb_list *l)
{
    if (!l->n) { free(l->v); return; }
    gp_obj *saved = gp_err_fetch();
    bool can_run = gp_tstate() != NULL;
    for (size_t i = 0; i < l->n; i += 2) {
        gp_obj *r = l->v[i], *cb = l->v[i + 1];
        if (can_run) {
            gp_obj *res = gp_call1(cb, r);
            if (res) gp_decref(res);
            else report_unraisable(cb);
        }
        gp_decref(cb);
        gp_decref(r);
    }
    free(l->v);
    gp_err_restore(saved);
}

/* Unlinks every reference to o; those whose callback must run go to l. */
static void clear_list(gp_obj *o, cb_list *l, gp_obj *const *garbage, size_t ngarbage);

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(gp_obj *const *)a, y = (uintptr_t)*(gp_obj *const *)b;
    return x < y ? -1 : x > y;
}

static bool in_sorted(gp_obj *const *v, size_t n, gp_obj *o)
{
    return bsearch(&o, v, n, sizeof *v, cmp_ptr) != NULL;
}

static void clear_list(gp_obj *o, cb_list *l, gp_obj *const *garbage, size_t ngarbage)
{
    gp_weakref **head = list_of(o);
    while (*head) {
        gp_weakref *r = *head;
        unlink_ref(r);
        gp_obj *cb = r->callback;
        if (!cb) continue;
        /* a reference that is itself dying (refcnt not positive) or is
         * cyclic garbage does not get its callback called */
        bool call = r->base.refcnt > 0 && (!garbage || !in_sorted(garbage, ngarbage, (gp_obj *)r));
        if (!call && garbage) continue; /* the collector clears it with the rest */
        r->callback = NULL;
        if (call) cb_push(l, r, cb);
        else gp_decref(cb);
    }
}

void gp_weakref_clear_all(gp_obj *o)
{
    cb_list l = {0};
    clear_list(o, &l, NULL, 0);
    cb_run(&l);
}

void gp_weakref_handle_garbage(gp_obj *const *garbage, size_t n)
{
    size_t with = 0;
    for (size_t i = 0; i < n; i++) {
        gp_weakref **head = list_of(garbage[i]);
        if (head && *head) with++;
    }
    if (!with) return;
    gp_obj **sorted = malloc(n * sizeof *sorted);
    if (sorted) {
        memcpy(sorted, garbage, n * sizeof *sorted);
        qsort(sorted, n, sizeof *sorted, cmp_ptr);
    }
    /* without memory to tell garbage references apart, no callback runs */
    cb_list l = {0};
    for (size_t i = 0; i < n; i++) {
        gp_weakref **head = list_of(garbage[i]);
        if (!head || !*head) continue;
        if (sorted) clear_list(garbage[i], &l, sorted, n);
        else while (*head) unlink_ref(*head);
    }
    free(sorted);
    cb_run(&l);
}

/* ---- weakref.ref ------------------------------------------------------------------------------ */

static int unpack_ob_callback(const char *fname, gp_obj *const *args, size_t nargs, gp_obj *kwnames,
                              const char *kwname, gp_obj **ob, gp_obj **cb)
{
    if (kwnames && GP_TUPLE_SIZE(kwnames)) {
        gp_err_format(gp_exc_TypeError, "%s() takes no keyword arguments", kwname);
        return -1;
    }
    if (nargs < 1 || nargs > 2) {
        gp_err_format(gp_exc_TypeError, "%s expected at %s %d argument%s, got %zu", fname,
                      nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
        return -1;
    }
    *ob = args[0];
    *cb = nargs > 1 ? args[1] : NULL;
    return 0;
}

static gp_obj *ref_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    gp_obj *ob, *cb;
    if (unpack_ob_callback("__new__", args, nargs, kwnames, "ref", &ob, &cb) < 0) return NULL;
    return ref_of_type(t, ob, cb);
}

/* __init__ only checks its arguments: __new__ did the work (subclasses
 * such as WeakMethod call ref.__init__(self, ob, callback)). */
static int ref_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)self;
    gp_obj *ob, *cb;
    return unpack_ob_callback("__init__", args, nargs, kwnames, "ref", &ob, &cb);
}

static void ref_dealloc(gp_obj *o)
{
    unlink_ref(WR(o));
    GP_CLEAR(WR(o)->callback);
    gp_obj_free(o);
}

static void ref_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    if (WR(o)->callback) visit(WR(o)->callback, arg);
}

static void ref_gc_clear(gp_obj *o)
{
    unlink_ref(WR(o));
    GP_CLEAR(WR(o)->callback);
}

static gp_obj *ref_call(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)args;
    if (nargs || (kwnames && GP_TUPLE_SIZE(kwnames))) {
        if (kwnames && GP_TUPLE_SIZE(kwnames)) return gp_err_set_str(gp_exc_TypeError, "weakref() takes no keyword arguments");
        return gp_err_format(gp_exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
    }
    gp_obj *o = gp_weakref_get(self);
    return gp_incref(o ? o : gp_None);
}

static gp_hash ref_hash(gp_obj *self)
{
    gp_weakref *r = WR(self);
    if (r->hash != -1) return r->hash;
    gp_obj *o = gp_weakref_get(self);
    if (!o) { gp_err_set_str(gp_exc_TypeError, "weak object has gone away"); return -1; }
    gp_incref(o);
    r->hash = gp_hash_of(o);
    gp_decref(o);
    return r->hash;
}

/* Equal while both referents live and compare equal; once either died,
 * equal only to itself. */
static gp_obj *ref_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || !GP_TYPE_CHECK(b, &gp_weakref_type)) return GP_NOTIMPLEMENTED;
    gp_obj *x = gp_weakref_get(a), *y = gp_weakref_get(b);
    if (!x || !y) return gp_bool_new((a == b) == (op == GP_EQ));
    gp_incref(x);
    gp_incref(y);
    gp_obj *r = gp_richcompare(x, y, op);
    gp_decref(x);
    gp_decref(y);
    return r;
}

static gp_obj *ref_repr(gp_obj *self)
{
    gp_obj *o = gp_weakref_get(self);
    if (!o) return gp_str_from_format("<weakref at %p; dead>", (void *)self);
    gp_incref(o);
    gp_obj *name = gp_getattr_opt(o, gp_str_intern_cstr("__name__"));
    gp_obj *r = NULL;
    if (!name && gp_err_occurred()) goto done;
    if (name && GP_STR_CHECK(name))
        r = gp_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self, GP_TYPE(o)->name, (void *)o, name);
    else
        r = gp_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self, GP_TYPE(o)->name, (void *)o);
done:
    gp_xdecref(name);
    gp_decref(o);
    return r;
}

static gp_obj *ref_get_callback(gp_obj *self)
{
    gp_obj *cb = WR(self)->callback;
    return gp_incref(cb ? cb : gp_None);
}

static const gp_getsetdef ref_getsets[] = {
    {"__callback__", ref_get_callback, NULL},
    {NULL, NULL, NULL},
};

/* Weak references do not pickle (nor do proxies: their type says so). */
static gp_obj *ref_reduce(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)args; (void)nargs; (void)kwnames;
    return gp_err_format(gp_exc_TypeError, "cannot pickle '%s' object", GP_TYPE(self)->name);
}

static const gp_methoddef ref_methods[] = {
    {"__reduce_ex__", ref_reduce, 0, NULL},
    {"__reduce__", ref_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_weakref_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(gp_weakref),
    .flags = GP_TF_BASETYPE | GP_TF_GC,
    .dealloc = ref_dealloc,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .tp_new = ref_new,
    .tp_init = ref_init,
    .getsets = ref_getsets,
    .methods = ref_methods,
    .gc_traverse = ref_traverse,
    .gc_clear = ref_gc_clear,
};

/* ---- weakref.proxy ---------------------------------------------------------------------------- */

/* The referent of proxy p (new reference), or NULL + ReferenceError. */
static gp_obj *proxy_target(gp_obj *p)
{
    gp_obj *o = gp_weakref_get(p);
    if (!o) return gp_err_set_str(gp_exc_ReferenceError, "weakly-referenced object no longer exists");
    return gp_incref(o);
}

/* o itself, or its referent when o is a proxy (new reference). */
static gp_obj *unwrap(gp_obj *o) { return is_proxy(o) ? proxy_target(o) : gp_incref(o); }

static gp_obj *proxy_binop(gp_obj *a, gp_obj *b, gp_binop_t op, bool inplace)
{
    gp_obj *x = unwrap(a);
    if (!x) return NULL;
    gp_obj *y = unwrap(b);
    if (!y) { gp_decref(x); return NULL; }
    gp_obj *r = inplace ? gp_inplace_binop(x, y, op) : gp_binop(x, y, op);
    gp_decref(x);
    gp_decref(y);
    return r;
}

#define PROXY_BINOP(n, sym, m, r, i) \
    static gp_obj *proxy_nb_##n(gp_obj *a, gp_obj *b) { return proxy_binop(a, b, GP_OP_##n, false); } \
    static gp_obj *proxy_inb_##n(gp_obj *a, gp_obj *b) { return proxy_binop(a, b, GP_OP_##n, true); }
GP_BINOPS(PROXY_BINOP)
#undef PROXY_BINOP

static gp_obj *proxy_pow3(gp_obj *a, gp_obj *b, gp_obj *m)
{
    gp_obj *x = unwrap(a), *y = x ? unwrap(b) : NULL, *z = y ? unwrap(m) : NULL;
    gp_obj *r = z ? gp_pow3(x, y, z) : NULL;
    gp_xdecref(x);
    gp_xdecref(y);
    gp_xdecref(z);
    return r;
}

static gp_obj *proxy_unop(gp_obj *p, gp_unop_t op)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_unary(x, op);
    gp_decref(x);
    return r;
}
static gp_obj *proxy_neg(gp_obj *p) { return proxy_unop(p, GP_UOP_NEG); }
static gp_obj *proxy_pos(gp_obj *p) { return proxy_unop(p, GP_UOP_POS); }
static gp_obj *proxy_invert(gp_obj *p) { return proxy_unop(p, GP_UOP_INVERT); }

/* abs(), int(), float(), operator.index() on the referent, through the
 * builtins so that the messages are theirs. */
static gp_obj *proxy_convert(gp_obj *p, const char *builtin)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = NULL;
    if (!strcmp(builtin, "index")) {
        r = gp_index(x);
    } else {
        gp_thread *ts = gp_tstate();
        gp_obj *f = ts && ts->interp ? gp_dict_get_cstr(ts->interp->builtins, builtin) : NULL;
        r = f ? gp_call1(f, x) : gp_err_format(gp_exc_SystemError, "no builtin %s", builtin);
    }
    gp_decref(x);
    return r;
}
static gp_obj *proxy_abs(gp_obj *p) { return proxy_convert(p, "abs"); }
static gp_obj *proxy_int(gp_obj *p) { return proxy_convert(p, "int"); }
static gp_obj *proxy_float(gp_obj *p) { return proxy_convert(p, "float"); }
static gp_obj *proxy_index(gp_obj *p) { return proxy_convert(p, "index"); }

static int proxy_bool(gp_obj *p)
{
    gp_obj *x = proxy_target(p);
    if (!x) return -1;
    int r = gp_truthy(x);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_getattr(gp_obj *p, gp_obj *name)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_getattr(x, name);
    gp_decref(x);
    return r;
}

static int proxy_setattr(gp_obj *p, gp_obj *name, gp_obj *v)
{
    gp_obj *x = proxy_target(p);
    if (!x) return -1;
    int r = gp_setattr(x, name, v);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_repr(gp_obj *p)
{
    gp_obj *o = gp_weakref_get(p);
    if (!o) o = gp_None; /* CPython shows the dead proxy's referent as None */
    return gp_str_from_format("<weakproxy at %p to %s at %p>", (void *)p, GP_TYPE(o)->name, (void *)o);
}

/* unhashable, named as CPython names it ('weakref.ProxyType') */
static gp_hash proxy_hash(gp_obj *p)
{
    gp_err_format(gp_exc_TypeError, "unhashable type: '%s'", GP_TYPE(p)->name);
    return -1;
}

static gp_obj *proxy_str(gp_obj *p)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_str(x);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_richcompare(gp_obj *a, gp_obj *b, int op)
{
    gp_obj *x = unwrap(a);
    if (!x) return NULL;
    gp_obj *y = unwrap(b);
    if (!y) { gp_decref(x); return NULL; }
    gp_obj *r = gp_richcompare(x, y, op);
    gp_decref(x);
    gp_decref(y);
    return r;
}

static gp_obj *proxy_call(gp_obj *p, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_call(x, args, nargs, kwnames);
    gp_decref(x);
    return r;
}

static gp_ssize proxy_len(gp_obj *p)
{
    gp_obj *x = proxy_target(p);
    if (!x) return -1;
    gp_ssize r = gp_len(x);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_getitem(gp_obj *p, gp_obj *key)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_getitem(x, key);
    gp_decref(x);
    return r;
}

static int proxy_setitem(gp_obj *p, gp_obj *key, gp_obj *v)
{
    gp_obj *x = proxy_target(p);
    if (!x) return -1;
    int r = v ? gp_setitem(x, key, v) : gp_delitem(x, key);
    gp_decref(x);
    return r;
}

static int proxy_contains(gp_obj *p, gp_obj *item)
{
    gp_obj *x = proxy_target(p);
    if (!x) return -1;
    int r = gp_contains(x, item);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_iter(gp_obj *p)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_iter(x);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_iternext(gp_obj *p)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = NULL;
    if (!GP_TYPE(x)->iternext)
        gp_err_format(gp_exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object", GP_TYPE(x)->name);
    else
        r = gp_iternext(x);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_method(gp_obj *p, const char *name)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_call_method(x, name, NULL, 0);
    gp_decref(x);
    return r;
}

static gp_obj *proxy_bytes(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)args;
    if (gp_check_nargs("__bytes__", nargs, kwnames, 0, 0) < 0) return NULL;
    return proxy_method(self, "__bytes__");
}

static gp_obj *proxy_reversed(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)args;
    if (gp_check_nargs("__reversed__", nargs, kwnames, 0, 0) < 0) return NULL;
    return proxy_method(self, "__reversed__");
}

static gp_obj *proxy_dir(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    (void)args;
    if (gp_check_nargs("__dir__", nargs, kwnames, 0, 0) < 0) return NULL;
    return proxy_method(self, "__dir__");
}

static const gp_methoddef proxy_methods[] = {
    {"__bytes__", proxy_bytes, 0, NULL},
    {"__reversed__", proxy_reversed, 0, NULL},
    {"__dir__", proxy_dir, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* The referent's class: isinstance(proxy, C) holds for a proxy to a C,
 * through __class__ as in CPython. */
static gp_obj *proxy_get_class(gp_obj *p)
{
    gp_obj *x = proxy_target(p);
    if (!x) return NULL;
    gp_obj *r = gp_getattr_str(x, "__class__");
    gp_decref(x);
    return r;
}

static const gp_getsetdef proxy_getsets[] = {
    {"__class__", proxy_get_class, NULL},
    {NULL, NULL, NULL},
};

#define PROXY_NB(n, sym, m, r, i) [GP_OP_##n] = proxy_nb_##n,
#define PROXY_INB(n, sym, m, r, i) [GP_OP_##n] = proxy_inb_##n,
#define PROXY_TYPE(cname, pyname, callfn) \
    gp_type cname = { \
        .base = GP_STATIC_HEAD(&gp_type_type), \
        .name = pyname, \
        .basicsize = sizeof(gp_weakref), \
        .flags = GP_TF_GC, \
        .dealloc = ref_dealloc, \
        .repr = proxy_repr, \
        .str = proxy_str, \
        .hash = proxy_hash, \
        .richcompare = proxy_richcompare, \
        .getattr = proxy_getattr, \
        .setattr = proxy_setattr, \
        .call = callfn, \
        .iter = proxy_iter, \
        .iternext = proxy_iternext, \
        .len = proxy_len, \
        .getitem = proxy_getitem, \
        .setitem = proxy_setitem, \
        .contains = proxy_contains, \
        .nb = {GP_BINOPS(PROXY_NB)}, \
        .nb_inplace = {GP_BINOPS(PROXY_INB)}, \
        .nb_pow3 = proxy_pow3, \
        .nb_neg = proxy_neg, .nb_pos = proxy_pos, .nb_invert = proxy_invert, .nb_abs = proxy_abs, \
        .nb_bool = proxy_bool, .nb_int = proxy_int, .nb_float = proxy_float, .nb_index = proxy_index, \
        .methods = proxy_methods, \
        .getsets = proxy_getsets, \
        .gc_traverse = ref_traverse, \
        .gc_clear = ref_gc_clear, \
    }

PROXY_TYPE(gp_weakproxy_type, "weakref.ProxyType", NULL);
PROXY_TYPE(gp_weakcallproxy_type, "weakref.CallableProxyType", proxy_call);

/* ---- the types that accept weak references ---------------------------------------------------- */

/* __weakref__ on instances of classes that added the slot. */
static gp_obj *get_weakref_attr(gp_obj *self)
{
    gp_weakref **head = list_of(self);
    return gp_incref(head && *head ? (gp_obj *)*head : gp_None);
}

static const gp_getsetdef weakref_attr = {"__weakref__", get_weakref_attr, NULL};

int gp_weakref_add_descr(gp_type *t)
{
    gp_obj *d = gp_descr_new_getset(t, &weakref_attr);
    if (!d) return -1;
    int r = gp_dict_set_cstr(t->dict, "__weakref__", d);
    gp_decref(d);
    return r;
}

int gp_weakref_init(void)
{
    /* CPython's list (int, str, tuple, list, dict, ... refuse them); the
     * VM's functions, code objects and generators and the lock types set
     * their offset in their own definitions */
    static const struct { gp_type *type; size_t offset; } weakable[] = {
        {&gp_type_type, offsetof(gp_type, weaklist)},
        {&gp_set_type, offsetof(gp_setobj, weaklist)},
        {&gp_frozenset_type, offsetof(gp_setobj, weaklist)},
        {&gp_method_type, offsetof(gp_method, weaklist)},
        {&gp_cfunc_type, offsetof(gp_cfunc, weaklist)},
        {&gp_module_type, offsetof(gp_module, weaklist)},
    };
    for (size_t i = 0; i < sizeof weakable / sizeof weakable[0]; i++)
        weakable[i].type->weaklistoffset = weakable[i].offset;
    if (gp_type_ready(&gp_weakref_type) < 0 || gp_type_ready(&gp_weakproxy_type) < 0 ||
        gp_type_ready(&gp_weakcallproxy_type) < 0)
        return -1;
    /* ref[T] (typing): the same __class_getitem__ as list's (obj_union.c) */
    extern gp_type gp_classmethod_descr_type;
    gp_obj *cg = gp_dict_get_cstr(gp_list_type.dict, "__class_getitem__");
    if (cg && GP_TYPE(cg) == &gp_classmethod_descr_type) {
        gp_obj *d = gp_descr_new_method(&gp_weakref_type, ((gp_method_descr *)cg)->def);
        int r = d ? gp_dict_set_cstr(gp_weakref_type.dict, "__class_getitem__", d) : -1;
        gp_xdecref(d);
        if (r < 0) return -1;
    }
    return 0;
}
