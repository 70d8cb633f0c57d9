/*
 * gc.h — the cycle collector's interface (gc.c, docs/gc.md), used by the
 * object allocators, the VM's safe points and the gc module.
 */
#ifndef GP_GC_H
#define GP_GC_H

#include "object.h"

void gp_gc_track(gp_obj *o);      /* new container: the collector may examine it */
void gp_gc_untrack(gp_obj *o);    /* no-op when not tracked */
bool gp_gc_is_tracked(gp_obj *o);
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

/* Other container types (the VM's functions and cells) register how to
 * traverse and clear their instances; traverse must visit exactly the
 * references the type's dealloc drops, each once (visiting fewer only
 * leaks). Their constructors call gp_gc_track. */
typedef void (*gp_gc_visitfn)(gp_obj *child, void *arg);
typedef void (*gp_gc_traversefn)(gp_obj *o, gp_gc_visitfn visit, void *arg);
typedef void (*gp_gc_clearfn)(gp_obj *o);
void gp_gc_register_type(gp_type *t, gp_gc_traversefn traverse, gp_gc_clearfn clear);
#define GP_GC_MAX_TYPES 4
extern gp_type *gp_gc_types[GP_GC_MAX_TYPES];
/* May instances of t be tracked? (gp_dealloc / gp_obj_free untrack them) */
static inline bool gp_gc_maybe_tracked(gp_type *t)
{
    return (t->flags & GP_TF_HEAPTYPE) || t == gp_gc_types[0] || t == gp_gc_types[1] ||
           t == gp_gc_types[2] || t == gp_gc_types[3];
}

#endif
