/*
 * set_internal.h — the set table layout, shared by obj_set.c and
 * set_methods.c.
 */
#ifndef GP_SET_INTERNAL_H
#define GP_SET_INTERNAL_H

#include "types.h"

#define SET_MINSIZE 8
typedef struct sentry { gp_obj *key; gp_hash hash; } sentry;
typedef struct gp_setobj {
    gp_obj base;
    gp_ssize fill, used, mask, finger;
    sentry *table;
    gp_hash hash;              /* frozenset: cached, -1 until computed */
    gp_obj *dict;              /* instance __dict__ for subclasses (dictoffset) */
    struct gp_weakref *weaklist; /* weakref.c */
    sentry smalltable[SET_MINSIZE];
} gp_setobj;

gp_obj *gp_set_alloc(gp_type *t);
void gp_set_clear_table(gp_setobj *s);
int gp_set_resize(gp_setobj *s, gp_ssize minused);
int gp_set_add_hashed(gp_obj *s, gp_obj *key, gp_hash hash);
int gp_set_contains_hashed(gp_obj *s, gp_obj *key, gp_hash h);
bool gp_set_next(gp_obj *s, gp_ssize *pos, gp_obj **key, gp_hash *hash);
int gp_set_update(gp_obj *s, gp_obj *iterable);
gp_obj *gp_set_pop(gp_obj *s);

gp_obj *gp_set_richcompare(gp_obj *a, gp_obj *b, int op);
gp_obj *gp_set_or(gp_obj *a, gp_obj *b);
gp_obj *gp_set_and(gp_obj *a, gp_obj *b);
gp_obj *gp_set_sub(gp_obj *a, gp_obj *b);
gp_obj *gp_set_xor(gp_obj *a, gp_obj *b);
gp_obj *gp_set_ior(gp_obj *a, gp_obj *b);
gp_obj *gp_set_iand(gp_obj *a, gp_obj *b);
gp_obj *gp_set_isub(gp_obj *a, gp_obj *b);
gp_obj *gp_set_ixor(gp_obj *a, gp_obj *b);

#endif
