/*
 * slots.h — the bridge between C slots and Python-level special methods
 * of heap classes (slots.c, heaptype.c).
 */
#ifndef GP_SLOTS_H
#define GP_SLOTS_H

#include "types.h"

void gp_slots_from_dict(gp_type *t);  /* before gp_type_ready: own dunders become slots */
void gp_slots_fixup(gp_type *t);      /* after gp_type_ready: __hash__ = None etc. */
gp_obj *gp_heaptype_new(gp_type *meta, gp_obj *name, gp_obj *bases, gp_obj *ns, gp_obj *const *kwvals, gp_obj *kwnames);
void gp_heaptype_clear_members(gp_obj *o);
void gp_heaptype_visit_members(gp_obj *o, void (*visit)(gp_obj *, void *), void *arg);
gp_obj *gp_heaptype_qualname(gp_type *t); /* borrowed or NULL */
void gp_heaptype_set_qualname(gp_type *t, gp_obj *q); /* q: a str */
int gp_heaptype_set_bases(gp_type *t, gp_obj *bases); /* a checked tuple of classes */
/* Classes as containers (gc.h): what gp_heaptype_dealloc drops; clear
 * breaks the class -> __mro__ -> class cycle. No-ops for static types. */
void gp_heaptype_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg);
void gp_heaptype_gc_clear(gp_obj *o);
void gp_heaptype_dealloc(gp_obj *o);
gp_obj *gp_type_subclasses(gp_type *t);   /* new list */
void gp_type_refresh_slots(gp_type *t);   /* after a special method was set or deleted */
extern gp_type gp_member_descr_type;

#endif
