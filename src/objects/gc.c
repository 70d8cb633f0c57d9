/*
 * gc.c — the cycle collector (docs/gc.md). Refcounting frees everything
 * but reference cycles; this finds cycles nothing outside them refers to
 * and breaks them, under the GIL.
 *
 * Tracked objects form one circular doubly linked list through the
 * gp_gc_head in front of each container (gc.h): track and untrack are O(1)
 * pointer writes inlined in gc.h, and gp_dealloc untracks with one flag
 * test and one load for objects that are not tracked. Each GP_TF_GC type has a traverse that
 * visits exactly what its dealloc drops and a clear that drops it; class
 * instances add their __dict__, __slots__ values and class (gc_traverse
 * below). A missing traverse only leaks; a wrong one would free live
 * objects.
 *
 * Collection (CPython's idea): gc_refs = refcnt; subtract every reference
 * one tracked object holds to another; objects left with gc_refs > 0 are
 * referenced from outside (stack, untracked objects, C globals) and so is
 * everything reachable from them. The rest is garbage: each gets an extra
 * reference, finalizers (__del__, a suspended generator's close) run once
 * (PEP 442), objects the finalizers resurrected go back to the tracked
 * list, and the rest is cleared (references dropped) and released so
 * refcounting frees it.
 *
 * Head bits: `prev` keeps the previous head's address; its low bits hold
 * GC_FINALIZED (permanent: __del__ already ran) and, during a collection,
 * GC_COLLECTING / GC_REACHED, with gc_refs in the bits above them (the
 * list is walked through `next` only until the prev links are rebuilt).
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "slots.h"
#include "vm.h"
#include "weakref.h"

#define GC_FINALIZED GP_GC_FINALIZED
#define GC_COLLECTING 2u
#define GC_REACHED 4u
#define GC_FLAGS ((uintptr_t)7)
#define GC_REFS_SHIFT 3
#define GC_REFS_ONE ((uintptr_t)1 << GC_REFS_SHIFT)

gp_gc_head gp_gc_all = {.next = &gp_gc_all, .prev_init = &gp_gc_all};
size_t gp_gc_live;             /* objects in gp_gc_all */
static bool gc_enabled = true;
static bool gc_running;
static bool gc_requested;      /* the VM was asked to collect at its next safe point */
static gp_ssize gc_threshold0 = 700;
#ifdef GP_GC_STRESS
#define GC_FIRST 16
#else
#define GC_FIRST 700
#endif
static size_t gc_next = GC_FIRST;  /* collect when gp_gc_live exceeds this */
size_t gp_gc_trigger = GC_FIRST;   /* gc_next, or SIZE_MAX while no request may be made */
static size_t gc_live_after;   /* gp_gc_live after the last collection (get_count) */
void (*gp_gc_request_hook)(void);

/* ---- the lists ------------------------------------------------------------------------------- */

static inline gp_gc_head *gc_prev(gp_gc_head *h) { return (gp_gc_head *)(h->prev & ~GC_FLAGS); }
static inline void gc_set_prev(gp_gc_head *h, gp_gc_head *p) { h->prev = (h->prev & GC_FLAGS) | (uintptr_t)p; }
static inline gp_obj *gc_obj(gp_gc_head *h) { return (gp_obj *)(void *)(h + 1); }

static void gc_list_init(gp_gc_head *l) { l->next = l; l->prev = (uintptr_t)l; }

/* Moves every node of from to the end of to. */
static void gc_list_merge(gp_gc_head *from, gp_gc_head *to)
{
    if (from->next == from) return;
    gp_gc_head *first = from->next, *last = gc_prev(from), *tail = gc_prev(to);
    tail->next = first;
    gc_set_prev(first, tail);
    last->next = to;
    gc_set_prev(to, last);
    gc_list_init(from);
}

static void gc_update_trigger(void)
{
    bool may = gc_enabled && !gc_running && !gc_requested && gc_threshold0 > 0;
    gp_gc_trigger = may ? gc_next : SIZE_MAX;
}

/* gp_gc_track went past gp_gc_trigger: ask the VM for a collection at its
 * next safe point (once; gp_gc_collect re-arms the trigger). */
void gp_gc_trigger_reached(void)
{
    if (!gp_gc_request_hook) { gp_gc_trigger = gp_gc_live + GC_FIRST; return; } /* VM not up yet */
    gc_requested = true;
    gc_update_trigger();
    gp_gc_request_hook();
}

/* ---- traverse and clear ---------------------------------------------------------------------- */

typedef gp_gc_visitfn gc_visit;

static bool is_heap_instance(gp_obj *o)
{
    return (GP_TYPE(o)->flags & GP_TF_HEAPTYPE) && !(GP_TYPE(o)->flags & GP_TF_TYPE_SUB);
}

/* The static type whose dealloc an instance of a class ends with (`type`
 * for classes made by a metaclass). */
static gp_type *static_base(gp_type *t)
{
    while (t && (t->flags & GP_TF_HEAPTYPE)) t = t->tp_base;
    return t;
}

/* What gp_dealloc's heap-type path (object.c dealloc_now) and the static
 * base's dealloc drop: __slots__ values, the __dict__ (unless o is itself
 * a class), the base's own references, and the class. */
static void gc_traverse(gp_obj *o, gc_visit v, void *arg)
{
    gp_type *t = GP_TYPE(o);
    if (!(t->flags & GP_TF_HEAPTYPE)) {
        if (t->gc_traverse) t->gc_traverse(o, v, arg);
        return;
    }
    gp_heaptype_visit_members(o, v, arg);
    gp_type *b = static_base(t);
    bool base_has_dict = b && b->gc_traverse && b->dictoffset == t->dictoffset;
    if (t->dictoffset && !base_has_dict && !(t->flags & GP_TF_TYPE_SUB)) {
        gp_obj *d = *(gp_obj **)((char *)o + t->dictoffset);
        if (d) v(d, arg);
    }
    if (b && b->gc_traverse) b->gc_traverse(o, v, arg);
    v((gp_obj *)t, arg); /* each instance holds a reference to its class */
}

static void gc_clear(gp_obj *o)
{
    gp_type *t = GP_TYPE(o);
    if (!(t->flags & GP_TF_HEAPTYPE)) {
        if (t->gc_clear) t->gc_clear(o);
        return;
    }
    gp_heaptype_clear_members(o);
    if (t->dictoffset && !(t->flags & GP_TF_TYPE_SUB)) GP_CLEAR(*(gp_obj **)((char *)o + t->dictoffset));
    gp_type *b = static_base(t);
    if (b && b->gc_clear) b->gc_clear(o);
}

/* ---- finding the unreachable ----------------------------------------------------------------- */

static inline bool gc_collecting(gp_obj *o, gp_gc_head **hp)
{
    if (!gp_gc_has_head(o)) return false;
    gp_gc_head *h = GP_GC_HEAD(o);
    *hp = h;
    return h->next && (h->prev & GC_COLLECTING);
}

static inline intptr_t gc_refs(gp_gc_head *h) { return (intptr_t)h->prev >> GC_REFS_SHIFT; }

static void visit_decref(gp_obj *child, void *arg)
{
    (void)arg;
    gp_gc_head *h;
    if (gc_collecting(child, &h)) h->prev -= GC_REFS_ONE;
}

typedef struct { gp_gc_head **v; size_t n, cap; bool failed; } gc_stack;

static void stack_push(gc_stack *s, gp_gc_head *h)
{
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 256;
        gp_gc_head **nv = realloc(s->v, nc * sizeof *nv);
        if (!nv) { s->failed = true; return; }
        s->v = nv; s->cap = nc;
    }
    s->v[s->n++] = h;
}

static void visit_reach(gp_obj *child, void *arg)
{
    gp_gc_head *h;
    if (gc_collecting(child, &h) && !(h->prev & GC_REACHED)) {
        h->prev |= GC_REACHED;
        stack_push(arg, h);
    }
}

/* Splits list: what is referenced from outside it (gc_refs > bias after
 * subtracting the references among its members), and everything that
 * reaches, stays; the rest moves to unreach. Nothing may run Python code
 * or (un)track objects meanwhile: the prev links are rebuilt at the end. */
static void gc_partition(gp_gc_head *list, gp_gc_head *unreach, gp_ssize bias)
{
    gp_gc_head *h;
    for (h = list->next; h != list; h = h->next)
        h->prev = ((uintptr_t)(h->prev & GC_FINALIZED) | GC_COLLECTING) +
                  ((uintptr_t)(gc_obj(h)->refcnt - bias) << GC_REFS_SHIFT);
    for (h = list->next; h != list; h = h->next) gc_traverse(gc_obj(h), visit_decref, NULL);
    gc_stack st = {0};
    for (h = list->next; h != list && !st.failed; h = h->next)
        if (gc_refs(h) > 0 && !(h->prev & GC_REACHED)) {
            h->prev |= GC_REACHED;
            stack_push(&st, h);
            while (st.n && !st.failed) gc_traverse(gc_obj(st.v[--st.n]), visit_reach, &st);
        }
    free(st.v);
    /* rebuild both lists; out of memory: everything stays (frees nothing) */
    gp_gc_head *kept = list;
    for (h = list->next; h != list;) {
        gp_gc_head *next = h->next;
        bool stays = st.failed || (h->prev & GC_REACHED);
        h->prev &= GC_FINALIZED;
        if (stays) {
            kept->next = h;
            h->prev |= (uintptr_t)kept;
            kept = h;
        } else {
            h->prev |= (uintptr_t)gc_prev(unreach);
            gc_prev(unreach)->next = h;
            gc_set_prev(unreach, h);
        }
        h = next;
    }
    kept->next = list;
    gc_set_prev(list, kept);
    gc_prev(unreach)->next = unreach;
}

/* ---- finalizers (PEP 442) -------------------------------------------------------------------- */

static bool has_finalizer(gp_obj *o)
{
    static gp_obj *name;
    gp_type *t = GP_TYPE(o);
    if (t->gc_traverse == gp_gen_traverse) return gp_gen_needs_close(o);
    if (!is_heap_instance(o)) return false;
    if (!name) name = gp_str_intern_cstr("__del__");
    return name != NULL && gp_type_lookup(t, name) != NULL;
}

/* Runs the finalizer of each garbage object that has one and has not run
 * it yet (once per object, ever); true when any ran. */
static bool gc_finalize(gp_obj **v, size_t n)
{
    bool ran = false;
    for (size_t i = 0; i < n; i++) {
        gp_obj *o = v[i];
        gp_gc_head *h = GP_GC_HEAD(o);
        if ((h->prev & GC_FINALIZED) || !has_finalizer(o)) continue;
        h->prev |= GC_FINALIZED;
        ran = true;
        gp_type *t = GP_TYPE(o);
        if (t->gc_traverse == gp_gen_traverse) gp_gen_finalize(o);
        else gp_finalize_call(o);
    }
    return ran;
}

/* ---- collection ------------------------------------------------------------------------------ */

static size_t gc_list_size(gp_gc_head *l)
{
    size_t n = 0;
    for (gp_gc_head *h = l->next; h != l; h = h->next) n++;
    return n;
}

gp_ssize gp_gc_collect(void)
{
    if (gc_running) return 0;
    gc_running = true;
    gc_update_trigger();
    gp_gc_head unreach;
    gc_list_init(&unreach);
    gc_partition(&gp_gc_all, &unreach, 0);
    size_t n = gc_list_size(&unreach);
    gp_obj **v = n ? malloc(n * sizeof *v) : NULL;
    if (n && !v) { gc_list_merge(&unreach, &gp_gc_all); gc_running = false; gc_update_trigger(); return 0; }
    size_t i = 0;
    for (gp_gc_head *h = unreach.next; h != &unreach; h = h->next) v[i++] = gp_incref(gc_obj(h));
    gp_obj *saved = gp_err_fetch();
    /* Weak references to the garbage are cleared (and their callbacks run)
     * here, before any finalizer or clear can observe a half-dead object. */
    gp_weakref_handle_garbage(v, n);

    /* finalizers may resurrect: what is referenced from outside the garbage
     * now (our extra reference aside) survives, with all it reaches */
    size_t k = n;
    if (gc_finalize(v, n)) {
        gp_gc_head final;
        gc_list_init(&final);
        gc_partition(&unreach, &final, 1);
        k = 0;
        for (gp_gc_head *h = final.next; h != &final; h = h->next) v[k++] = gc_obj(h);
        size_t r = k;
        for (gp_gc_head *h = unreach.next; h != &unreach; h = h->next) v[r++] = gc_obj(h);
        gc_list_merge(&unreach, &gp_gc_all);
        gc_list_merge(&final, &unreach);
    }
    /* break the cycles, then let refcounting free them */
    for (i = 0; i < k; i++) gp_gc_untrack_head(v[i]);
    for (i = 0; i < k; i++) gc_clear(v[i]);
    for (i = 0; i < n; i++) gp_decref(v[i]);
    gp_err_restore(saved);
    free(v);
    gc_live_after = gp_gc_live;
    size_t grow = gp_gc_live > (size_t)gc_threshold0 ? gp_gc_live : (size_t)gc_threshold0;
#ifdef GP_GC_STRESS
    grow = 16; /* a test build: collect very often to shake out wrong traverses */
#endif
    gc_next = gp_gc_live + grow;
    gc_running = false;
    gc_requested = false;
    gc_update_trigger();
    return (gp_ssize)k;
}

/* Called at a VM safe point after gp_gc_request_hook fired. */
void gp_gc_collect_auto(void)
{
    if (gc_requested && gc_enabled && !gc_running) gp_gc_collect();
}

void gp_gc_set_enabled(bool on)
{
    gc_enabled = on;
    gc_requested = false; /* a request made before disable() was dropped by collect_auto */
    gc_update_trigger();
}
bool gp_gc_enabled(void) { return gc_enabled; }
/* tracked objects allocated minus those freed since the last collection */
gp_ssize gp_gc_get_count(void) { return gp_gc_live > gc_live_after ? (gp_ssize)(gp_gc_live - gc_live_after) : 0; }
gp_ssize gp_gc_get_threshold(void) { return gc_threshold0; }
void gp_gc_set_threshold(gp_ssize t)
{
    gc_threshold0 = t;
    gc_next = gp_gc_live + (size_t)(t > 0 ? t : 0);
    gc_update_trigger();
}

/* New list of every tracked object (gc.get_objects). */
gp_obj *gp_gc_get_objects(void)
{
    size_t n = gp_gc_live;
    gp_obj **snap = malloc((n + 1) * sizeof *snap);
    if (!snap) return gp_err_nomemory();
    size_t i = 0;
    for (gp_gc_head *h = gp_gc_all.next; h != &gp_gc_all && i < n; h = h->next) snap[i++] = gp_incref(gc_obj(h));
    gp_obj *l = gp_list_new(0);
    for (size_t j = 0; j < i; j++)
        if (l && gp_list_append(l, snap[j]) < 0) GP_CLEAR(l);
    for (size_t j = 0; j < i; j++) gp_decref(snap[j]);
    free(snap);
    return l;
}

/* ---- gc.get_referents / gc.get_referrers ----------------------------------------------------- */

typedef struct { gp_obj **v; size_t n, cap; bool failed; gp_obj *const *targets; size_t ntargets; bool hit; } gc_refs_buf;

static void visit_collect(gp_obj *child, void *arg)
{
    gc_refs_buf *b = arg;
    if (b->n == b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 16;
        gp_obj **nv = realloc(b->v, nc * sizeof *nv);
        if (!nv) { b->failed = true; return; }
        b->v = nv; b->cap = nc;
    }
    b->v[b->n++] = child;
}

/* Appends to list what o's traverse visits (nothing for non-containers). */
int gp_gc_referents(gp_obj *o, gp_obj *list)
{
    if (!gp_gc_has_head(o)) return 0;
    gc_refs_buf b = {0};
    gc_traverse(o, visit_collect, &b);
    int rc = 0;
    if (b.failed) { gp_err_nomemory(); rc = -1; }
    for (size_t i = 0; i < b.n && rc == 0; i++) gp_incref(b.v[i]);
    for (size_t i = 0; i < b.n && rc == 0; i++) {
        if (gp_list_append(list, b.v[i]) < 0) rc = -1;
        gp_decref(b.v[i]);
        if (rc < 0) for (size_t j = i + 1; j < b.n; j++) gp_decref(b.v[j]);
    }
    free(b.v);
    return rc;
}

static void visit_find(gp_obj *child, void *arg)
{
    gc_refs_buf *b = arg;
    for (size_t i = 0; i < b->ntargets && !b->hit; i++) if (b->targets[i] == child) b->hit = true;
}

/* New list of the tracked objects that refer to any of objs. */
gp_obj *gp_gc_referrers(gp_obj *const *objs, size_t n)
{
    gc_refs_buf found = {0};
    gc_refs_buf probe = {.targets = objs, .ntargets = n};
    for (gp_gc_head *h = gp_gc_all.next; h != &gp_gc_all && !found.failed; h = h->next) {
        probe.hit = false;
        gc_traverse(gc_obj(h), visit_find, &probe);
        if (probe.hit) visit_collect(gc_obj(h), &found);
    }
    if (found.failed) { free(found.v); return gp_err_nomemory(); }
    for (size_t i = 0; i < found.n; i++) gp_incref(found.v[i]);
    gp_obj *l = gp_list_new(0);
    for (size_t i = 0; i < found.n; i++) {
        if (l && gp_list_append(l, found.v[i]) < 0) GP_CLEAR(l);
        gp_decref(found.v[i]);
    }
    free(found.v);
    return l;
}
