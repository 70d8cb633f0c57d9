/*
 * object.c — allocation, deallocation dispatch and generic attribute
 * access (descriptors first, then the instance __dict__).
 *
 * Heap types (classes) hold a reference from each instance; gp_dealloc
 * drops it after the type's own dealloc ran, and clears an instance
 * __dict__ that a heap subclass added on top of a builtin layout.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "slots.h"
#include "internal.h"
#include "weakref.h"

void *gp_mem_alloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) gp_err_nomemory();
    return p;
}

void *gp_mem_calloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) gp_err_nomemory();
    return p;
}

void *gp_mem_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) gp_err_nomemory();
    return q;
}

void gp_mem_free(void *p) { free(p); }

gp_obj *gp_obj_alloc_size(gp_type *t, size_t size)
{
    gp_obj *o;
    if (t->flags & GP_TF_GC) {
        /* containers: the collector's link header sits in front (gc.h) */
        gp_gc_head *h = calloc(1, sizeof(gp_gc_head) + size);
        if (!h) return gp_err_nomemory();
        o = (gp_obj *)(h + 1);
    } else {
        o = calloc(1, size);
        if (!o) return gp_err_nomemory();
    }
    o->refcnt = 1;
    o->type = t;
    /* a class: allocated classes are heap types, which is what tells
     * gp_gc_has_head that this one has a head (static types have none) */
    if (t->flags & GP_TF_TYPE_SUB) ((gp_type *)o)->flags = GP_TF_HEAPTYPE;
    if (t->flags & GP_TF_HEAPTYPE) gp_incref((gp_obj *)t);
    /* fields are NULL until the constructor fills them: traverse skips NULLs,
     * and the collector runs only at VM safe points, never in between */
    if (t->flags & GP_TF_GC) gp_gc_track(o);
    return o;
}

gp_obj *gp_obj_alloc(gp_type *t) { return gp_obj_alloc_size(t, t->basicsize); }

void gp_obj_free(gp_obj *o)
{
    if (gp_gc_has_head(o)) {
        /* normally untracked by gp_dealloc already; this covers error paths that free directly */
        gp_gc_untrack_head(o);
        free(GP_GC_HEAD(o));
        return;
    }
    free(o);
}

/* The trashcan: freeing a container drops its items, which may free
 * containers in turn, so a million-deep nested list would recurse a million
 * times in C and overflow the stack. Past DEALLOC_MAX_DEPTH nested
 * deallocations an object is put on a per-thread list instead (linked
 * through its refcnt field, unused at zero references) and freed when the
 * outermost gp_dealloc of the thread returns. The link is stored negated
 * (-1 ends the list) so that a queued object never has a positive count:
 * weak references to it already read as dead (weakref.c). */
#define DEALLOC_MAX_DEPTH 1000
static _Thread_local int dealloc_depth;
static _Thread_local gp_obj *dealloc_deferred;

static void dealloc_now(gp_obj *o)
{
    gp_type *t = o->type;
    if (GP_UNLIKELY(t->flags & GP_TF_HEAPTYPE)) {
        if (gp_finalize(o)) return; /* __del__ resurrected it */
        gp_weakref_dying(o); /* after __del__ (which may still use them), before the members go */
        gp_heaptype_clear_members(o);
        if (t->dictoffset && !GP_HAS_FLAG(o, GP_TF_TYPE_SUB)) {
            gp_obj **dp = (gp_obj **)((char *)o + t->dictoffset);
            GP_CLEAR(*dp);
        }
        t->dealloc(o);
        gp_decref((gp_obj *)t);
        return;
    }
    gp_weakref_dying(o);
    t->dealloc(o);
}

void gp_dealloc(gp_obj *o)
{
    /* leave the collector's list first: a dying object is no one's referent */
    if (gp_gc_has_head(o)) gp_gc_untrack_head(o);
    if (GP_UNLIKELY(dealloc_depth >= DEALLOC_MAX_DEPTH)) {
        o->refcnt = -(gp_ssize)(intptr_t)dealloc_deferred - 1;
        dealloc_deferred = o;
        return;
    }
    dealloc_depth++;
    dealloc_now(o);
    if (--dealloc_depth == 0) {
        while (dealloc_deferred) {
            gp_obj *d = dealloc_deferred;
            dealloc_deferred = (gp_obj *)(intptr_t)(-d->refcnt - 1);
            d->refcnt = 0;
            dealloc_depth = 1;
            dealloc_now(d);
            dealloc_depth = 0;
        }
    }
}

gp_obj **gp_obj_dictptr(gp_obj *o)
{
    size_t off = GP_TYPE(o)->dictoffset;
    return off ? (gp_obj **)((char *)o + off) : NULL;
}

static inline bool is_data_descr(gp_obj *d) { return GP_TYPE(d)->descr_set != NULL; }

gp_obj *gp_obj_generic_getattr(gp_obj *o, gp_obj *name)
{
    gp_type *tp = GP_TYPE(o);
    gp_obj *descr = gp_type_lookup(tp, name);
    gp_descrgetfn get = NULL;
    if (descr) {
        get = GP_TYPE(descr)->descr_get;
        if (get && is_data_descr(descr)) return get(descr, o, (gp_obj *)tp);
    }
    gp_obj **dp = gp_obj_dictptr(o);
    if (dp && *dp) {
        gp_obj *v = GP_STR_EXACT(name) ? gp_dict_get_str(*dp, name) : gp_dict_get(*dp, name);
        if (v) return gp_incref(v);
        if (gp_err_occurred()) return NULL;
    }
    if (descr) {
        if (get) return get(descr, o, (gp_obj *)tp);
        return gp_incref(descr);
    }
    gp_obj *exc = gp_err_format(gp_exc_AttributeError, "'%s' object has no attribute '%U'",
                                gp_type_name(tp), name);
    (void)exc;
    return NULL;
}

int gp_obj_generic_setattr(gp_obj *o, gp_obj *name, gp_obj *v)
{
    gp_type *tp = GP_TYPE(o);
    gp_obj *descr = gp_type_lookup(tp, name);
    if (descr && GP_TYPE(descr)->descr_set) return GP_TYPE(descr)->descr_set(descr, o, v);
    gp_obj **dp = gp_obj_dictptr(o);
    if (!dp) {
        if (descr)
            gp_err_format(gp_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                          gp_type_name(tp), name);
        else
            gp_err_format(gp_exc_AttributeError, "'%s' object has no attribute '%U'",
                          gp_type_name(tp), name);
        return -1;
    }
    if (!v) {
        if (!*dp || gp_dict_del(*dp, name) < 0) {
            if (*dp && !gp_err_matches(gp_exc_KeyError)) return -1;
            gp_err_clear();
            gp_err_format(gp_exc_AttributeError, "'%s' object has no attribute '%U'",
                          gp_type_name(tp), name);
            return -1;
        }
        return 0;
    }
    if (!*dp) {
        *dp = gp_dict_new();
        if (!*dp) return -1;
    }
    return gp_dict_set(*dp, name, v);
}
