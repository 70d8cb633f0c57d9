/*
 * obj_memoryview.c — memoryview over bytes and bytearray (format 'B',
 * one dimension): indexing, slicing with steps, assignment into a
 * bytearray, tobytes/tolist/hex. The view re-reads its base on every
 * access, so a resized bytearray can never be read out of bounds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "bytes_internal.h"

typedef struct { gp_obj base; gp_obj *obj; gp_ssize start, len, step; bool released; } mview;

gp_type gp_memoryview_type;

static gp_obj *mview_make(gp_obj *obj, gp_ssize start, gp_ssize len, gp_ssize step)
{
    mview *m = (mview *)gp_obj_alloc(&gp_memoryview_type);
    if (!m) return NULL;
    m->obj = gp_incref(obj);
    m->start = start;
    m->len = len;
    m->step = step;
    return (gp_obj *)m;
}

static gp_obj *mview_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"object", NULL};
    gp_obj *a[1];
    if (gp_parse_args("memoryview", args, nargs, kw, names, 1, 1, a) < 0) return NULL;
    if (GP_TYPE(a[0]) == &gp_memoryview_type) {
        mview *o = (mview *)a[0];
        return mview_make(o->obj, o->start, o->len, o->step);
    }
    const char *d;
    gp_ssize n;
    if (!gp_bytes_view(a[0], &d, &n))
        return gp_err_format(gp_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", a[0]);
    return mview_make(a[0], 0, n, 1);
}

static void mview_dealloc(gp_obj *o)
{
    gp_decref(((mview *)o)->obj);
    gp_obj_free(o);
}

/* Current bytes of the base; -1 with an exception when released or shrunk. */
static int mview_data(mview *m, char **d)
{
    if (m->released) {
        gp_err_set_str(gp_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    const char *cd;
    gp_ssize n;
    gp_bytes_view(m->obj, &cd, &n);
    gp_ssize last = m->len ? m->start + (m->len - 1) * m->step : m->start;
    if (m->len && (last >= n || last < 0 || m->start >= n)) {
        gp_err_set_str(gp_exc_IndexError, "memoryview base was resized");
        return -1;
    }
    *d = (char *)cd;
    return 0;
}

static gp_ssize mview_len(gp_obj *o)
{
    mview *m = (mview *)o;
    if (m->released) { gp_err_set_str(gp_exc_ValueError, "operation forbidden on released memoryview object"); return -1; }
    return m->len;
}

static gp_obj *mview_getitem(gp_obj *o, gp_obj *key)
{
    mview *m = (mview *)o;
    char *d;
    if (mview_data(m, &d) < 0) return NULL;
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize a, b, st, n;
        if (gp_slice_indices(key, m->len, &a, &b, &st, &n) < 0) return NULL;
        return mview_make(m->obj, m->start + a * m->step, n, m->step * st);
    }
    gp_ssize i = gp_index_ssize(key);
    if (i == -1 && gp_err_occurred()) return NULL;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) return gp_err_set_str(gp_exc_IndexError, "index out of bounds on dimension 1");
    return gp_int_from_i64((unsigned char)d[m->start + i * m->step]);
}

static int mview_setitem(gp_obj *o, gp_obj *key, gp_obj *v)
{
    mview *m = (mview *)o;
    char *d;
    if (!GP_TYPE_CHECK(m->obj, &gp_bytearray_type)) {
        gp_err_set_str(gp_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!v) { gp_err_set_str(gp_exc_TypeError, "cannot delete memory"); return -1; }
    if (mview_data(m, &d) < 0) return -1;
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize a, b, st, n;
        if (gp_slice_indices(key, m->len, &a, &b, &st, &n) < 0) return -1;
        const char *src;
        gp_ssize sn;
        if (!gp_bytes_view(v, &src, &sn)) {
            gp_err_format(gp_exc_TypeError, "a bytes-like object is required, not '%T'", v);
            return -1;
        }
        if (sn != n) {
            gp_err_set_str(gp_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        char *tmp = malloc((size_t)(n ? n : 1));
        if (!tmp) { gp_err_nomemory(); return -1; }
        memcpy(tmp, src, (size_t)n);
        for (gp_ssize k = 0; k < n; k++) d[m->start + (a + k * st) * m->step] = tmp[k];
        free(tmp);
        return 0;
    }
    gp_ssize i = gp_index_ssize(key);
    if (i == -1 && gp_err_occurred()) return -1;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) { gp_err_set_str(gp_exc_IndexError, "index out of bounds on dimension 1"); return -1; }
    int c;
    if (gp_byte_value(v, &c) < 0) return -1;
    d[m->start + i * m->step] = (char)c;
    return 0;
}

static gp_obj *mview_tobytes_obj(mview *m)
{
    char *d;
    if (mview_data(m, &d) < 0) return NULL;
    gp_obj *b = gp_bytes_new(NULL, (size_t)m->len);
    if (!b) return NULL;
    for (gp_ssize i = 0; i < m->len; i++) GP_BYTES_DATA(b)[i] = d[m->start + i * m->step];
    return b;
}

static gp_obj *mv_tobytes(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw) { return mview_tobytes_obj((mview *)self); }

static gp_obj *mv_tolist(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *b = mview_tobytes_obj((mview *)self);
    if (!b) return NULL;
    gp_obj *l = gp_list_from_iterable(b);
    gp_decref(b);
    return l;
}

static gp_obj *mv_hex(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    gp_obj *b = mview_tobytes_obj((mview *)self);
    if (!b) return NULL;
    gp_obj *r = gp_call_method(b, "hex", args, nargs);
    gp_decref(b);
    return r;
}

static gp_obj *mv_release(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    ((mview *)self)->released = true;
    return GP_NONE_NEW();
}

static gp_obj *mv_enter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw) { return gp_incref(self); }

static gp_obj *mview_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || GP_TYPE(a) != &gp_memoryview_type) return GP_NOTIMPLEMENTED;
    gp_obj *x = mview_tobytes_obj((mview *)a);
    if (!x) return NULL;
    gp_obj *y = GP_TYPE(b) == &gp_memoryview_type ? mview_tobytes_obj((mview *)b) : gp_incref(b);
    if (!y) { gp_decref(x); return NULL; }
    const char *d;
    gp_ssize n;
    gp_obj *r = gp_bytes_view(y, &d, &n) ? gp_richcompare(x, y, op) : gp_bool_new(op == GP_NE);
    gp_decref(x);
    gp_decref(y);
    return r;
}

static gp_obj *mview_repr(gp_obj *o)
{
    return gp_str_from_format(((mview *)o)->released ? "<released memory at %p>" : "<memory at %p>", (void *)o);
}

static gp_obj *mv_obj(gp_obj *o) { return gp_incref(((mview *)o)->obj); }
static gp_obj *mv_nbytes(gp_obj *o) { return gp_int_from_i64(((mview *)o)->len); }
static gp_obj *mv_readonly(gp_obj *o) { return gp_bool_new(!GP_TYPE_CHECK(((mview *)o)->obj, &gp_bytearray_type)); }
static gp_obj *mv_itemsize(gp_obj *o) { return gp_int_from_i64(1); }
static gp_obj *mv_ndim(gp_obj *o) { return gp_int_from_i64(1); }
static gp_obj *mv_format(gp_obj *o) { return gp_str_from_cstr("B"); }
static gp_obj *mv_shape(gp_obj *o)
{
    gp_obj *n = gp_int_from_i64(((mview *)o)->len);
    gp_obj *t = n ? gp_tuple_pack(1, n) : NULL;
    gp_xdecref(n);
    return t;
}

static const gp_methoddef mview_methods[] = {
    {"tobytes", mv_tobytes, 0, NULL}, {"tolist", mv_tolist, 0, NULL}, {"hex", mv_hex, 0, NULL},
    {"release", mv_release, 0, NULL}, {"__enter__", mv_enter, 0, NULL}, {"__exit__", mv_release, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const gp_getsetdef mview_getsets[] = {
    {"obj", mv_obj, NULL}, {"nbytes", mv_nbytes, NULL}, {"readonly", mv_readonly, NULL},
    {"itemsize", mv_itemsize, NULL}, {"ndim", mv_ndim, NULL}, {"format", mv_format, NULL},
    {"shape", mv_shape, NULL}, {NULL, NULL, NULL},
};

gp_type gp_memoryview_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "memoryview",
    .basicsize = sizeof(mview),
    .dealloc = mview_dealloc,
    .repr = mview_repr,
    .richcompare = mview_richcompare,
    .len = mview_len,
    .getitem = mview_getitem,
    .setitem = mview_setitem,
    .tp_new = mview_new,
    .methods = mview_methods,
    .getsets = mview_getsets,
};
