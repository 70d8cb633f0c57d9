/*
 * match.c — the runtime side of the match statement (compile_match.c):
 * what counts as a sequence or a mapping for a pattern, mapping key
 * lookups and class patterns (__match_args__), with CPython 3.11's rules
 * and messages.
 *
 * Sequence and mapping follow collections.abc: the builtin kinds are
 * known here; instances of classes are asked through collections.abc's
 * Sequence/Mapping (which registers deque). str, bytes and bytearray are
 * never sequences for patterns.
 */
#include <string.h>

#include "vm.h"

/* isinstance(o, collections.abc.<name>), importing collections.abc the
 * first time a class instance meets a sequence or mapping pattern. */
static int abc_instance(gp_obj *o, const char *name) {
    gp_obj *mods = gp_tstate()->interp->modules;
    gp_obj *abc = mods ? gp_dict_get_cstr(mods, "collections.abc") : NULL;
    if (!abc && mods) {
        gp_obj *m = gp_import_module(gp_str_intern_cstr("collections.abc"), NULL, NULL, 0);
        if (!m) return -1;
        gp_decref(m);
        abc = gp_dict_get_cstr(mods, "collections.abc");
    }
    if (!abc) return 0;
    gp_obj *cls = gp_getattr_str(abc, name);
    if (!cls) {
        gp_err_clear();
        return 0;
    }
    int r = gp_isinstance(o, cls);
    gp_decref(cls);
    return r;
}

int gp_match_is_sequence(gp_obj *o) {
    gp_type *t = GP_TYPE(o);
    if (gp_type_is_subtype(t, &gp_str_type) || gp_type_is_subtype(t, &gp_bytes_type) ||
        gp_type_is_subtype(t, &gp_bytearray_type) || gp_type_is_subtype(t, &gp_dict_type))
        return 0;
    if (gp_type_is_subtype(t, &gp_list_type) || gp_type_is_subtype(t, &gp_tuple_type) ||
        gp_type_is_subtype(t, &gp_range_type) || gp_type_is_subtype(t, &gp_memoryview_type))
        return 1;
    if (!(t->flags & GP_TF_HEAPTYPE)) return 0;
    return abc_instance(o, "Sequence");
}

int gp_match_is_mapping(gp_obj *o) {
    gp_type *t = GP_TYPE(o);
    if (gp_type_is_subtype(t, &gp_dict_type)) return 1;
    if (!(t->flags & GP_TF_HEAPTYPE)) return 0;
    return abc_instance(o, "Mapping");
}

/* The values of keys in subject (a tuple), or None when one is missing.
 * Looked up with subject.get(key, <dummy>), as CPython does. */
gp_obj *gp_match_keys(gp_obj *subject, gp_obj *keys) {
    gp_ssize n = GP_TUPLE_SIZE(keys);
    gp_obj *values = gp_tuple_new(n), *seen = gp_list_new(0), *get = NULL, *dummy = NULL;
    if (!values || !seen) goto fail;
    if (!(get = gp_getattr_str(subject, "get"))) goto fail;
    if (!(dummy = gp_call0((gp_obj *)&gp_object_type))) goto fail;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *k = GP_TUPLE_GET(keys, i);
        int dup = gp_contains(seen, k);
        if (dup < 0) goto fail;
        if (dup) {
            gp_err_format(gp_exc_ValueError, "mapping pattern checks duplicate key (%R)", k);
            goto fail;
        }
        if (gp_list_append(seen, k) < 0) goto fail;
        gp_obj *args[2] = {k, dummy};
        gp_obj *v = gp_call(get, args, 2, NULL);
        if (!v) goto fail;
        if (v == dummy) {
            gp_decref(v);
            gp_decref(values);
            values = GP_NONE_NEW();
            break;
        }
        GP_TUPLE_ITEMS(values)[i] = v;
    }
    gp_decref(seen);
    gp_decref(get);
    gp_decref(dummy);
    return values;
fail:
    gp_xdecref(values);
    gp_xdecref(seen);
    gp_xdecref(get);
    gp_xdecref(dummy);
    return NULL;
}

/* {**rest}: a dict of subject's items but keys. */
gp_obj *gp_match_dict_without_keys(gp_obj *subject, gp_obj *keys) {
    gp_obj *rest = gp_dict_new();
    if (!rest) return NULL;
    if (gp_dict_update(rest, subject) < 0) {
        gp_decref(rest);
        return NULL;
    }
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(keys); i++) {
        if (gp_dict_del(rest, GP_TUPLE_GET(keys, i)) < 0) {
            gp_decref(rest);
            return NULL;
        }
    }
    return rest;
}

/* Builtins whose single positional sub-pattern matches the subject itself. */
static bool match_self(gp_type *t) {
    static gp_type *const selfs[] = {
        &gp_bool_type, &gp_bytearray_type, &gp_bytes_type, &gp_dict_type, &gp_float_type,
        &gp_frozenset_type, &gp_int_type, &gp_list_type, &gp_set_type, &gp_str_type, &gp_tuple_type,
    };
    for (size_t i = 0; i < sizeof selfs / sizeof *selfs; i++)
        if (gp_type_is_subtype(t, selfs[i])) return true;
    return false;
}

/* getattr(subject, name), None-free: NULL with no exception when missing.
 * A repeated name is an error. */
static gp_obj *match_attr(gp_obj *subject, gp_type *cls, gp_obj *name, gp_obj *seen, int *err) {
    int dup = gp_contains(seen, name);
    if (dup < 0 || (!dup && gp_list_append(seen, name) < 0)) { *err = 1; return NULL; }
    if (dup) {
        gp_err_format(gp_exc_TypeError, "%s() got multiple sub-patterns for attribute %R", gp_type_name(cls), name);
        *err = 1;
        return NULL;
    }
    gp_obj *v = gp_getattr_opt(subject, name);
    if (!v && gp_err_occurred()) *err = 1;
    return v;
}

/* Class pattern cls(p1..pnpos, k1=..): the tuple of values to match the
 * sub-patterns against, or None when subject does not match. */
gp_obj *gp_match_class(gp_obj *subject, gp_obj *cls, int npos, gp_obj *names) {
    if (!GP_TYPE_CHECK(cls, &gp_type_type) && !gp_type_is_subtype(GP_TYPE(cls), &gp_type_type))
        return gp_err_set_str(gp_exc_TypeError, "called match pattern must be a type");
    int r = gp_isinstance(subject, cls);
    if (r <= 0) return r < 0 ? NULL : GP_NONE_NEW();
    gp_type *t = (gp_type *)cls;
    gp_ssize nkw = GP_TUPLE_SIZE(names);
    gp_obj *match_args = NULL, *seen = NULL, *res = NULL;
    bool self = false;
    if (npos) {
        match_args = gp_getattr_opt(cls, gp_str_intern_cstr("__match_args__"));
        if (!match_args && gp_err_occurred()) return NULL;
        if (match_args && !GP_TUPLE_CHECK(match_args)) {
            gp_err_format(gp_exc_TypeError, "%s.__match_args__ must be a tuple (got %T)", gp_type_name(t), match_args);
            goto fail;
        }
        if (!match_args) {
            self = match_self(t);
            match_args = gp_incref(gp_tuple_empty());
        }
        gp_ssize allowed = self ? 1 : GP_TUPLE_SIZE(match_args);
        if (npos > allowed) {
            gp_err_format(gp_exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)", gp_type_name(t),
                          allowed, allowed == 1 ? "" : "s", npos);
            goto fail;
        }
    }
    if (!(res = gp_tuple_new(npos + nkw)) || !(seen = gp_list_new(0))) goto fail;
    for (gp_ssize i = 0; i < npos + nkw; i++) {
        gp_obj *v;
        if (i < npos && self) {
            v = gp_incref(subject);
        } else {
            gp_obj *name = i < npos ? GP_TUPLE_GET(match_args, i) : GP_TUPLE_GET(names, i - npos);
            if (!GP_STR_CHECK(name)) {
                gp_err_format(gp_exc_TypeError, "__match_args__ elements must be strings (got %T)", name);
                goto fail;
            }
            int err = 0;
            v = match_attr(subject, t, name, seen, &err);
            if (err) goto fail;
            if (!v) {
                gp_decref(res);
                res = GP_NONE_NEW();
                break;
            }
        }
        GP_TUPLE_ITEMS(res)[i] = v;
    }
    gp_xdecref(match_args);
    gp_xdecref(seen);
    return res;
fail:
    gp_xdecref(match_args);
    gp_xdecref(seen);
    gp_xdecref(res);
    return NULL;
}
