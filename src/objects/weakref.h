/*
 * weakref.h — weak references (weakref.c): what the rest of the
 * interpreter needs to know about them.
 *
 * A type accepts weak references when its weaklistoffset (gp_type, like
 * CPython's tp_weaklistoffset) is non-zero: at that offset each instance
 * keeps a pointer to the first weak reference to it (not a reference; NULL
 * when there is none). Other types pay nothing.
 */
#ifndef GP_WEAKREF_H
#define GP_WEAKREF_H

#include "object.h"

typedef struct gp_weakref gp_weakref;

/* weakref.ReferenceType (`weakref.ref`), ProxyType, CallableProxyType */
extern gp_type gp_weakref_type, gp_weakproxy_type, gp_weakcallproxy_type;

/* Gives the builtin types that accept weak references their offsets and
 * readies the weakref types; once, before any class is created. */
int gp_weakref_init(void);

/* o is dying (refcnt 0, its __del__ done): clears every weak reference to
 * it, then calls their callbacks (object.c's gp_dealloc). */
void gp_weakref_clear_all(gp_obj *o);
static inline void gp_weakref_dying(gp_obj *o)
{
    size_t off = GP_TYPE(o)->weaklistoffset;
    if (off && *(gp_weakref **)(void *)((char *)o + off)) gp_weakref_clear_all(o);
}

/* The cycle collector found garbage[0..n) (each holding an extra
 * reference): clears the weak references to it and calls the callbacks of
 * those references that are not garbage themselves (gc.c). */
void gp_weakref_handle_garbage(gp_obj *const *garbage, size_t n);

/* ref(o, callback) / proxy(o, callback); callback NULL or None: none. */
gp_obj *gp_weakref_new(gp_obj *o, gp_obj *callback);
gp_obj *gp_weakref_proxy_new(gp_obj *o, gp_obj *callback);
bool gp_weakref_check(gp_obj *o);          /* a ref (or subclass) or a proxy */
gp_obj *gp_weakref_get(gp_obj *ref);       /* borrowed referent; NULL when dead */
gp_ssize gp_weakref_count(gp_obj *o);      /* getweakrefcount(o) */
gp_obj *gp_weakref_list(gp_obj *o);        /* getweakrefs(o): new list */

/* heaptype.c: a class that adds the weak reference slot gets the
 * __weakref__ attribute (the first weak reference, or None). */
int gp_weakref_add_descr(gp_type *t);

#endif
