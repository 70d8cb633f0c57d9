/*
 * gc.c — the cycle collector (docs/gc.md). Refcounting frees everything
 * but reference cycles; this finds cycles nothing outside them refers to
 * and breaks them, under the GIL.
 *
 * Tracked objects live in a pointer hash set (not a header in front of the
 * object): allocation, free lists and gp_obj_free stay as they are, and an
 * object the collector does not know is simply a root. Only three kinds are
 * tracked, each with a traverse that mirrors its dealloc exactly: exact
 * lists, exact dicts, and instances of classes (their __dict__, __slots__
 * values, and list/dict contents when the class extends list or dict).
 * A missing traverse only leaks; a wrong one would free live objects.
 *
 * Collection (CPython's idea): gc_refs = refcnt; subtract every reference
 * one tracked object holds to another; objects left with gc_refs > 0 are
 * referenced from outside (stack, untracked objects, C globals) and so is
 * everything reachable from them. The rest is garbage: it is untracked,
 * held by one extra reference each, cleared (references dropped), then
 * released so refcounting frees it. Instances whose class has __del__ are
 * kept alive as roots (no PEP 442 finalisation yet), so finalizers never
 * see a cleared object.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "dict_internal.h"
#include "slots.h"

typedef struct gc_entry { gp_obj *o; gp_ssize refs; int reach; } gc_entry;

static gc_entry *tab;          /* open addressing, linear probing, NULL = free */
static size_t tab_cap;         /* power of two */
static size_t tab_used;
static bool gc_enabled = true;
static bool gc_running;
static bool gc_scanning;       /* phases 1-3 walk the table: it must not change */
static gp_ssize gc_threshold0 = 700;
#ifdef GP_GC_STRESS
static size_t gc_next = 16;
#else
static size_t gc_next = 700;
#endif   /* collect when tab_used exceeds this */
static size_t gc_allocs;       /* tracked since the last collection (get_count) */
void (*gp_gc_request_hook)(void);

static inline size_t gc_hash(gp_obj *o)
{
    uint64_t x = (uint64_t)(uintptr_t)o;
    x ^= x >> 33; x *= 0xff51afd7ed558ccdULL; x ^= x >> 33;
    return (size_t)x;
}

static gc_entry *gc_find(gp_obj *o)
{
    if (!tab_cap) return NULL;
    size_t m = tab_cap - 1;
    for (size_t i = gc_hash(o) & m;; i = (i + 1) & m) {
        if (tab[i].o == o) return &tab[i];
        if (!tab[i].o) return NULL;
    }
}

static void gc_insert_raw(gp_obj *o)
{
    size_t m = tab_cap - 1;
    size_t i = gc_hash(o) & m;
    while (tab[i].o && tab[i].o != o) i = (i + 1) & m;
    if (!tab[i].o) { tab[i].o = o; tab_used++; }
}

static bool gc_grow(void)
{
    size_t ncap = tab_cap ? tab_cap * 2 : 1024;
    gc_entry *old = tab;
    size_t ocap = tab_cap;
    gc_entry *nt = calloc(ncap, sizeof *nt);
    if (!nt) return false;
    tab = nt; tab_cap = ncap; tab_used = 0;
    for (size_t i = 0; i < ocap; i++) if (old[i].o) gc_insert_raw(old[i].o);
    free(old);
    return true;
}

bool gp_gc_is_tracked(gp_obj *o) { return gc_find(o) != NULL; }

void gp_gc_track(gp_obj *o)
{
    if (gc_scanning) return; /* nothing allocates while scanning; if it did, untracked only leaks */
    if ((tab_used + 1) * 2 > tab_cap && !gc_grow()) return; /* untracked: only leaks */
    size_t before = tab_used;
    gc_insert_raw(o);
    if (tab_used == before) return;
    gc_allocs++;
    if (tab_used > gc_next && gc_enabled && !gc_running && gc_threshold0 > 0 && gp_gc_request_hook)
        gp_gc_request_hook();
}

void gp_gc_untrack(gp_obj *o)
{
    gc_entry *e = gc_find(o);
    if (!e) return;
    if (gc_allocs) gc_allocs--;
    /* backward-shift deletion keeps probe chains intact without tombstones */
    size_t m = tab_cap - 1, i = (size_t)(e - tab), j = i;
    tab[i].o = NULL;
    tab_used--;
    for (;;) {
        j = (j + 1) & m;
        if (!tab[j].o) break;
        size_t h = gc_hash(tab[j].o) & m;
        /* move j back to i unless its home lies cyclically in (i, j] */
        bool stay = (i <= j) ? (i < h && h <= j) : (i < h || h <= j);
        if (stay) continue;
        tab[i] = tab[j];
        tab[j].o = NULL;
        i = j;
    }
}

/* ---- traverse and clear, one pair per tracked kind ------------------------------------------ */

typedef gp_gc_visitfn gc_visit;

/* [0], [1]: list and dict; then the registered types */
gp_type *gp_gc_types[GP_GC_MAX_TYPES] = {&gp_list_type, &gp_dict_type};
static gp_gc_traversefn reg_traverse[GP_GC_MAX_TYPES];
static gp_gc_clearfn reg_clear[GP_GC_MAX_TYPES];

void gp_gc_register_type(gp_type *t, gp_gc_traversefn traverse, gp_gc_clearfn clear)
{
    for (int i = 2; i < GP_GC_MAX_TYPES; i++)
        if (!gp_gc_types[i] || gp_gc_types[i] == t) {
            reg_traverse[i] = traverse;
            reg_clear[i] = clear;
            gp_gc_types[i] = t;
            return;
        }
}

static void list_traverse(gp_obj *o, gc_visit v, void *arg)
{
    gp_list *l = (gp_list *)o;
    for (gp_ssize i = 0; i < l->size; i++) if (l->items[i]) v(l->items[i], arg);
}

static void dict_traverse(gp_obj *o, gc_visit v, void *arg)
{
    gp_ssize pos = 0;
    gp_obj *k, *val;
    while (gp_dict_next(o, &pos, &k, &val)) { v(k, arg); v(val, arg); }
}

static bool is_heap_instance(gp_obj *o)
{
    return (GP_TYPE(o)->flags & GP_TF_HEAPTYPE) && !(GP_TYPE(o)->flags & GP_TF_TYPE_SUB);
}

/* What gp_dealloc's heap-type path and the base's dealloc drop. */
static void gc_traverse(gp_obj *o, gc_visit v, void *arg)
{
    gp_type *t = GP_TYPE(o);
    if (t == &gp_list_type) { list_traverse(o, v, arg); return; }
    if (t == &gp_dict_type) { dict_traverse(o, v, arg); return; }
    for (int i = 2; i < GP_GC_MAX_TYPES; i++)
        if (t == gp_gc_types[i]) { reg_traverse[i](o, v, arg); return; }
    if (!is_heap_instance(o)) return;
    gp_heaptype_visit_members(o, v, arg);
    if (t->dictoffset) {
        gp_obj *d = *(gp_obj **)((char *)o + t->dictoffset);
        if (d) v(d, arg);
    }
    if (t->flags & GP_TF_LIST_SUB) list_traverse(o, v, arg);
    else if (t->flags & GP_TF_DICT_SUB) dict_traverse(o, v, arg);
}

static void list_clear(gp_obj *o)
{
    gp_list *l = (gp_list *)o;
    while (l->size > 0) {
        gp_obj *x = l->items[--l->size];
        l->items[l->size] = NULL;
        gp_xdecref(x);
    }
}

static void gc_clear(gp_obj *o)
{
    gp_type *t = GP_TYPE(o);
    if (t == &gp_list_type) { list_clear(o); return; }
    if (t == &gp_dict_type) { gp_dict_clear_all(o); return; }
    for (int i = 2; i < GP_GC_MAX_TYPES; i++)
        if (t == gp_gc_types[i]) { reg_clear[i](o); return; }
    if (!is_heap_instance(o)) return;
    gp_heaptype_clear_members(o);
    if (t->dictoffset) GP_CLEAR(*(gp_obj **)((char *)o + t->dictoffset));
    if (t->flags & GP_TF_LIST_SUB) list_clear(o);
    else if (t->flags & GP_TF_DICT_SUB) gp_dict_clear_all(o);
}

/* ---- collection ------------------------------------------------------------------------------ */

static void visit_decref(gp_obj *child, void *arg)
{
    (void)arg;
    gc_entry *e = gc_find(child);
    if (e) e->refs--;
}

typedef struct { gp_obj **v; size_t n, cap; bool failed; } gc_stack;

static void stack_push(gc_stack *s, gp_obj *o)
{
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 256;
        gp_obj **nv = realloc(s->v, nc * sizeof *nv);
        if (!nv) { s->failed = true; return; }
        s->v = nv; s->cap = nc;
    }
    s->v[s->n++] = o;
}

static void visit_reach(gp_obj *child, void *arg)
{
    gc_entry *e = gc_find(child);
    if (e && !e->reach) { e->reach = 1; stack_push(arg, child); }
}

static bool has_del(gp_obj *o)
{
    static gp_obj *name;
    if (!(GP_TYPE(o)->flags & GP_TF_HEAPTYPE)) return false;
    if (!name) name = gp_str_intern_cstr("__del__");
    return name == NULL || gp_type_lookup(GP_TYPE(o), name) != NULL;
}

gp_ssize gp_gc_collect(void)
{
    if (gc_running || !tab_used) { gc_allocs = 0; return 0; }
    gc_running = true;
    gc_scanning = true;
    /* 1: gc_refs = refcnt, 2: minus internal references */
    for (size_t i = 0; i < tab_cap; i++)
        if (tab[i].o) { tab[i].refs = tab[i].o->refcnt; tab[i].reach = 0; }
    for (size_t i = 0; i < tab_cap; i++)
        if (tab[i].o) gc_traverse(tab[i].o, visit_decref, NULL);
    /* 3: roots (external references, or a __del__ we will not run early) and all they reach */
    gc_stack st = {0};
    for (size_t i = 0; i < tab_cap; i++)
        if (tab[i].o && !tab[i].reach && (tab[i].refs > 0 || has_del(tab[i].o))) {
            tab[i].reach = 1;
            stack_push(&st, tab[i].o);
        }
    while (st.n && !st.failed) gc_traverse(st.v[--st.n], visit_reach, &st);
    if (st.failed) { free(st.v); gc_scanning = gc_running = false; return 0; } /* out of memory: free nothing */
    /* 4: the rest is garbage */
    st.n = 0;
    for (size_t i = 0; i < tab_cap; i++)
        if (tab[i].o && !tab[i].reach) stack_push(&st, tab[i].o);
    gc_scanning = false;
    if (st.failed) { free(st.v); gc_running = false; return 0; }
    size_t n = st.n;
    for (size_t i = 0; i < n; i++) { gp_incref(st.v[i]); gp_gc_untrack(st.v[i]); }
    /* 5: break the cycles, then let refcounting free them */
    gp_obj *saved = gp_err_fetch();
    for (size_t i = 0; i < n; i++) gc_clear(st.v[i]);
    for (size_t i = 0; i < n; i++) gp_decref(st.v[i]);
    gp_err_restore(saved);
    free(st.v);
    gc_allocs = 0;
    size_t grow = tab_used > (size_t)gc_threshold0 ? tab_used : (size_t)gc_threshold0;
#ifdef GP_GC_STRESS
    grow = 16; /* a test build: collect very often to shake out wrong traverses */
#endif
    gc_next = tab_used + grow;
    gc_running = false;
    return (gp_ssize)n;
}

/* Called at a VM safe point after gp_gc_request_hook fired. */
void gp_gc_collect_auto(void)
{
    if (gc_enabled && !gc_running && tab_used > gc_next) gp_gc_collect();
}

void gp_gc_set_enabled(bool on) { gc_enabled = on; }
bool gp_gc_enabled(void) { return gc_enabled; }
gp_ssize gp_gc_get_count(void) { return (gp_ssize)gc_allocs; }
gp_ssize gp_gc_get_threshold(void) { return gc_threshold0; }
void gp_gc_set_threshold(gp_ssize t)
{
    gc_threshold0 = t;
    gc_next = tab_used + (size_t)(t > 0 ? t : 0);
}

/* New list of every tracked object (gc.get_objects). */
gp_obj *gp_gc_get_objects(void)
{
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    size_t cap = tab_cap;
    gp_obj **snap = malloc((tab_used + 1) * sizeof *snap);
    if (!snap) { gp_decref(l); return gp_err_nomemory(); }
    size_t n = 0;
    for (size_t i = 0; i < cap; i++) if (tab[i].o && tab[i].o != l) snap[n++] = tab[i].o;
    for (size_t i = 0; i < n; i++)
        if (gp_list_append(l, snap[i]) < 0) { free(snap); gp_decref(l); return NULL; }
    free(snap);
    return l;
}
