/*
 * gc.h — the cycle collector's interface (gc.c, docs/gc.md), used by the
 * object allocators, the VM's safe points and the gc module.
 *
 * Objects of GP_TF_GC types are allocated with a gp_gc_head just before
 * them (gp_obj_alloc_size adds it, gp_obj_free removes it): tracked objects
 * form one doubly linked list through these heads, so tracking and
 * untracking are a few pointer writes. The one exception to "GC type =>
 * head" is the type `type` itself: static types have no head, classes
 * (GP_TF_HEAPTYPE in their own flags) do.
 */
#ifndef GP_GC_H
#define GP_GC_H

#include "object.h"

typedef struct gp_gc_head {
    struct gp_gc_head *next;   /* NULL: not tracked */
    union {
        uintptr_t prev;        /* previous head | flag bits (gc.c); during a
                                  collection it holds gc_refs instead */
        struct gp_gc_head *prev_init; /* for static initialisers only */
    };
} gp_gc_head;

#define GP_GC_HEAD(o) ((gp_gc_head *)(void *)(o) - 1)

/* Does o carry a gp_gc_head? */
static inline bool gp_gc_has_head(gp_obj *o)
{
    unsigned f = GP_TYPE(o)->flags;
    if (!(f & GP_TF_GC)) return false;
    return !(f & GP_TF_TYPE_SUB) || (((gp_type *)o)->flags & GP_TF_HEAPTYPE);
}

/* PEP 442: __del__ runs at most once per object; the mark lives in the head. */
#define GP_GC_FINALIZED ((uintptr_t)1)
static inline bool gp_gc_finalized(gp_obj *o) { return gp_gc_has_head(o) && (GP_GC_HEAD(o)->prev & GP_GC_FINALIZED); }
static inline void gp_gc_set_finalized(gp_obj *o) { if (gp_gc_has_head(o)) GP_GC_HEAD(o)->prev |= GP_GC_FINALIZED; }

/* gc.c's state, for the inline track/untrack below (every container's
 * allocation and deallocation goes through them). */
extern gp_gc_head gp_gc_all;      /* sentinel of the tracked list (its prev has no flag bits) */
extern size_t gp_gc_live;         /* tracked objects */
extern size_t gp_gc_trigger;      /* tracking past this asks for a collection; SIZE_MAX: not now */
void gp_gc_trigger_reached(void);

/* o must have a head; no-op when tracked. */
static inline void gp_gc_track(gp_obj *o)
{
    gp_gc_head *h = GP_GC_HEAD(o);
    if (h->next) return;
    gp_gc_head *last = (gp_gc_head *)gp_gc_all.prev;
    h->next = &gp_gc_all;
    h->prev = (h->prev & GP_GC_FINALIZED) | (uintptr_t)last;
    last->next = h;
    gp_gc_all.prev = (uintptr_t)h;
    if (GP_UNLIKELY(++gp_gc_live > gp_gc_trigger)) gp_gc_trigger_reached();
}

/* o has a head; no-op when not tracked. Works on any list (gc.c moves
 * garbage to lists of its own during a collection). */
static inline void gp_gc_untrack_head(gp_obj *o)
{
    gp_gc_head *h = GP_GC_HEAD(o), *n = h->next;
    if (!n) return;
    gp_gc_head *p = (gp_gc_head *)(h->prev & ~(uintptr_t)7);
    p->next = n;
    n->prev = (n->prev & (uintptr_t)7) | (uintptr_t)p;
    h->next = NULL;
    h->prev &= GP_GC_FINALIZED;
    gp_gc_live--;
}
static inline void gp_gc_untrack(gp_obj *o) { if (gp_gc_has_head(o)) gp_gc_untrack_head(o); }
static inline bool gp_gc_is_tracked(gp_obj *o) { return gp_gc_has_head(o) && GP_GC_HEAD(o)->next != NULL; }
gp_ssize gp_gc_collect(void);     /* full collection; returns the unreachable objects found */
void gp_gc_collect_auto(void);    /* at a safe point, after gp_gc_request_hook fired */
/* Set by the VM: asks for gp_gc_collect_auto at the next safe point (the
 * collector never runs inside an allocation). */
extern void (*gp_gc_request_hook)(void);
void gp_gc_set_enabled(bool on);
bool gp_gc_enabled(void);
gp_ssize gp_gc_get_count(void);
gp_ssize gp_gc_get_threshold(void);
void gp_gc_set_threshold(gp_ssize t);
gp_obj *gp_gc_get_objects(void);  /* new list of the tracked objects */
int gp_gc_referents(gp_obj *o, gp_obj *list);              /* appends what o's traverse visits */
gp_obj *gp_gc_referrers(gp_obj *const *objs, size_t n);    /* new list: tracked objects referring to objs */

/* Container types set GP_TF_GC and their gc_traverse / gc_clear slots in
 * their static definition; traverse must visit exactly the references the
 * type's dealloc drops, each once (visiting fewer only leaks, visiting one
 * it does not own frees live objects). gp_obj_alloc_size tracks every new
 * instance; types with free lists call gp_gc_track when they reuse one. */

/* Visits the items of an array of references (NULLs skipped). */
static inline void gp_gc_visit_array(gp_obj *const *v, gp_ssize n, gp_gc_visitfn visit, void *arg)
{
    for (gp_ssize i = 0; i < n; i++) if (v[i]) visit(v[i], arg);
}

#endif
