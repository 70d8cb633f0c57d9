/*
 * dict_internal.h — the dict table layout, shared by obj_dict.c and
 * dict_methods.c only.
 */
#ifndef GP_DICT_INTERNAL_H
#define GP_DICT_INTERNAL_H

#include "types.h"

typedef struct dentry { gp_hash hash; gp_obj *key; gp_obj *value; } dentry;
typedef struct dtable {
    gp_ssize size;       /* index slots, a power of two */
    gp_ssize usable;     /* entry capacity: 2/3 of size */
    gp_ssize nentries;   /* entries used, deleted ones included */
    dentry *entries;
    int32_t indices[];
} dtable;

gp_obj *gp_dict_get_hashed(gp_obj *d, gp_obj *key, gp_hash h);
int gp_dict_set_hashed(gp_obj *d, gp_obj *key, gp_hash h, gp_obj *v);
bool gp_dict_next_hashed(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value, gp_hash *h);
gp_obj *gp_dict_pop_item(gp_obj *d, gp_obj *key);
void gp_dict_clear_all(gp_obj *d);
int gp_dict_merge(gp_obj *d, gp_obj *other, bool override);

#endif
