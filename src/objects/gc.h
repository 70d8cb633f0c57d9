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
    uintptr_t prev;            /* previous head | flag bits (gc.c); during a
                                  collection it holds gc_refs instead */
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

void gp_gc_track(gp_obj *o);      /* o must have a head; no-op when tracked */
void gp_gc_untrack_head(gp_obj *o); /* o has a head; no-op when not tracked */
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
