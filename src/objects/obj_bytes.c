/*
 * obj_bytes.c — bytes (immutable, data inline) and bytearray (mutable,
 * growable buffer). Both share the read-only methods in bytes_methods.c
 * through a (data, size) view.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "bytes_internal.h"

static gp_obj *empty_bytes;

bool gp_bytes_view(gp_obj *o, const char **d, gp_ssize *n)
{
    *d = "";
    *n = 0;
    if (GP_BYTES_CHECK(o)) { *d = GP_BYTES_DATA(o); *n = GP_BYTES_SIZE(o); return true; }
    if (GP_TYPE_CHECK(o, &gp_bytearray_type)) {
        *d = ((gp_bytearray *)o)->data ? ((gp_bytearray *)o)->data : "";
        *n = ((gp_bytearray *)o)->size;
        return true;
    }
    return false;
}

gp_obj *gp_bytes_new(const char *data, size_t n)
{
    if (n == 0 && empty_bytes) return gp_incref(empty_bytes);
    gp_bytes *b = (gp_bytes *)gp_obj_alloc_size(&gp_bytes_type, sizeof(gp_bytes) + n + 1);
    if (!b) return NULL;
    b->size = (gp_ssize)n;
    b->hash = -1;
    if (data) memcpy(b->data, data, n);
    b->data[n] = 0;
    if (n == 0 && !empty_bytes) { empty_bytes = gp_incref((gp_obj *)b); empty_bytes->refcnt = GP_IMMORTAL; }
    return (gp_obj *)b;
}

static gp_obj *bytes_of_type(gp_type *t, const char *data, size_t n)
{
    if (t == &gp_bytes_type) return gp_bytes_new(data, n);
    gp_bytes *b = (gp_bytes *)gp_obj_alloc_size(t, t->basicsize + n + 1);
    if (!b) return NULL;
    b->size = (gp_ssize)n;
    b->hash = -1;
    memcpy(b->data, data, n);
    b->data[n] = 0;
    return (gp_obj *)b;
}

gp_obj *gp_bytearray_new(const char *data, size_t n)
{
    gp_bytearray *b = (gp_bytearray *)gp_obj_alloc(&gp_bytearray_type);
    if (!b) return NULL;
    if (n) {
        b->data = malloc(n + 1);
        if (!b->data) { gp_decref((gp_obj *)b); return gp_err_nomemory(); }
        if (data) memcpy(b->data, data, n);
        else memset(b->data, 0, n);
        b->data[n] = 0;
    }
    b->size = b->cap = (gp_ssize)n;
    return (gp_obj *)b;
}

/* Same kind as `like` (bytes or bytearray) holding the given data. */
gp_obj *gp_bytes_like(gp_obj *like, const char *data, size_t n)
{
    if (GP_TYPE_CHECK(like, &gp_bytearray_type)) return gp_bytearray_new(data, n);
    return gp_bytes_new(data, n);
}

static void bytes_dealloc(gp_obj *o) { gp_obj_free(o); }

static void bytearray_dealloc(gp_obj *o)
{
    free(((gp_bytearray *)o)->data);
    gp_obj_free(o);
}

int gp_bytearray_reserve(gp_obj *o, gp_ssize n)
{
    gp_bytearray *b = (gp_bytearray *)o;
    if (n + 1 <= b->cap) return 0;
    gp_ssize ncap = n + (n >> 3) + 16;
    char *nd = realloc(b->data, (size_t)ncap);
    if (!nd) { gp_err_nomemory(); return -1; }
    b->data = nd;
    b->cap = ncap;
    return 0;
}

/* ---- repr ---------------------------------------------------------------------------------- */

gp_obj *gp_bytes_repr_data(const char *d, gp_ssize n, const char *prefix, const char *suffix)
{
    bool sq = memchr(d, '\'', (size_t)n) != NULL, dq = memchr(d, '"', (size_t)n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_addc(&b, prefix);
    gp_strbuf_add(&b, "b", 1);
    gp_strbuf_add(&b, &q, 1);
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        char esc[8];
        if (c == (unsigned char)q || c == '\\') { esc[0] = '\\'; esc[1] = (char)c; gp_strbuf_add(&b, esc, 2); }
        else if (c == '\t') gp_strbuf_add(&b, "\\t", 2);
        else if (c == '\n') gp_strbuf_add(&b, "\\n", 2);
        else if (c == '\r') gp_strbuf_add(&b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) {
            static const char hex[] = "0123456789abcdef";
            esc[0] = '\\'; esc[1] = 'x'; esc[2] = hex[c >> 4]; esc[3] = hex[c & 15];
            gp_strbuf_add(&b, esc, 4);
        } else gp_strbuf_add(&b, (const char *)&c, 1);
    }
    gp_strbuf_add(&b, &q, 1);
    gp_strbuf_addc(&b, suffix);
    return gp_strbuf_finish(&b);
}

static gp_obj *bytes_repr(gp_obj *o) { return gp_bytes_repr_data(GP_BYTES_DATA(o), GP_BYTES_SIZE(o), "", ""); }

static gp_obj *bytearray_repr(gp_obj *o)
{
    const char *d;
    gp_ssize n;
    gp_bytes_view(o, &d, &n);
    gp_obj *r;
    char prefix[64];
    snprintf(prefix, sizeof prefix, "%s(", gp_type_name(GP_TYPE(o)));
    r = gp_bytes_repr_data(d, n, prefix, ")");
    return r;
}

/* ---- comparison / hash ---------------------------------------------------------------------- */

static gp_obj *bytes_richcompare(gp_obj *a, gp_obj *b, int op)
{
    const char *x, *y;
    gp_ssize nx, ny;
    if (!gp_bytes_view(a, &x, &nx) || !gp_bytes_view(b, &y, &ny)) return GP_NOTIMPLEMENTED;
    int c = memcmp(x, y, (size_t)(nx < ny ? nx : ny));
    if (c == 0) c = (nx > ny) - (nx < ny);
    bool r;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool_new(r);
}

static gp_hash bytes_hash(gp_obj *o)
{
    gp_bytes *b = (gp_bytes *)o;
    if (b->hash == -1) b->hash = gp_hash_bytes(b->data, (size_t)b->size);
    return b->hash;
}

/* ---- sequence protocol ------------------------------------------------------------------------ */

static gp_ssize bytes_len(gp_obj *o)
{
    const char *d;
    gp_ssize n;
    gp_bytes_view(o, &d, &n);
    return n;
}

static gp_obj *bytes_getitem(gp_obj *o, gp_obj *key)
{
    const char *d;
    gp_ssize n;
    gp_bytes_view(o, &d, &n);
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize start, stop, step, len;
        if (gp_slice_indices(key, n, &start, &stop, &step, &len) < 0) return NULL;
        if (step == 1) return gp_bytes_like(o, d + start, (size_t)len);
        char *buf = malloc((size_t)len + 1);
        if (!buf) return gp_err_nomemory();
        for (gp_ssize k = 0, i = start; k < len; k++, i += step) buf[k] = d[i];
        gp_obj *r = gp_bytes_like(o, buf, (size_t)len);
        free(buf);
        return r;
    }
    if (!GP_INT_CHECK(key) && !GP_TYPE(key)->nb_index)
        return gp_err_format(gp_exc_TypeError, "byte indices must be integers or slices, not %T", key);
    gp_ssize i = gp_index_ssize(key);
    if (i == -1 && gp_err_occurred()) return NULL;
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return gp_err_set_str(gp_exc_IndexError, GP_BYTES_CHECK(o) ? "index out of range" : "bytearray index out of range");
    return gp_int_from_i64((unsigned char)d[i]);
}

int gp_byte_value(gp_obj *v, int *out)
{
    if (!GP_INT_CHECK(v) && !GP_TYPE(v)->nb_index) {
        gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    gp_ssize x = gp_index_ssize(v);
    if (x == -1 && gp_err_occurred()) return -1;
    if (x < 0 || x > 255) { gp_err_set_str(gp_exc_ValueError, "byte must be in range(0, 256)"); return -1; }
    *out = (int)x;
    return 0;
}

static int bytes_contains(gp_obj *o, gp_obj *x)
{
    const char *d, *s;
    gp_ssize n, m;
    gp_bytes_view(o, &d, &n);
    if (GP_INT_CHECK(x)) {
        int v;
        if (gp_byte_value(x, &v) < 0) return -1;
        return memchr(d, v, (size_t)n) != NULL;
    }
    if (!gp_bytes_view(x, &s, &m)) {
        gp_err_format(gp_exc_TypeError, "a bytes-like object is required, not '%T'", x);
        return -1;
    }
    return m == 0 || memmem(d, (size_t)n, s, (size_t)m) != NULL;
}

static gp_obj *bytes_add(gp_obj *a, gp_obj *b)
{
    const char *x, *y;
    gp_ssize nx, ny;
    if (!gp_bytes_view(a, &x, &nx) || !gp_bytes_view(b, &y, &ny)) return GP_NOTIMPLEMENTED;
    char *buf = malloc((size_t)(nx + ny) + 1);
    if (!buf) return gp_err_nomemory();
    memcpy(buf, x, (size_t)nx);
    memcpy(buf + nx, y, (size_t)ny);
    gp_obj *r = gp_bytes_like(a, buf, (size_t)(nx + ny));
    free(buf);
    return r;
}

static gp_obj *bytes_mul(gp_obj *a, gp_obj *b)
{
    gp_obj *s;
    gp_ssize cnt;
    int r = gp_seq_repeat_args(a, b, GP_TYPE_CHECK(a, &gp_bytearray_type) || GP_TYPE_CHECK(b, &gp_bytearray_type)
                                         ? &gp_bytearray_type : &gp_bytes_type, &s, &cnt);
    if (r <= 0) return r < 0 ? NULL : GP_NOTIMPLEMENTED;
    const char *d;
    gp_ssize n;
    if (!gp_bytes_view(s, &d, &n)) return GP_NOTIMPLEMENTED;
    if (cnt < 0) cnt = 0;
    if (n && cnt > ((gp_ssize)1 << 40) / n) return gp_err_nomemory();
    char *buf = malloc((size_t)(n * cnt) + 1);
    if (!buf) return gp_err_nomemory();
    for (gp_ssize i = 0; i < cnt; i++) memcpy(buf + i * n, d, (size_t)n);
    gp_obj *res = gp_bytes_like(s, buf, (size_t)(n * cnt));
    free(buf);
    return res;
}

gp_obj *gp_bytes_percent(gp_obj *fmt, gp_obj *args);

static gp_obj *bytes_mod(gp_obj *a, gp_obj *b)
{
    const char *d;
    gp_ssize n;
    if (!gp_bytes_view(a, &d, &n)) return GP_NOTIMPLEMENTED;
    gp_obj *r = gp_bytes_percent(a, b);
    if (r && GP_TYPE_CHECK(a, &gp_bytearray_type)) {
        gp_obj *ba = gp_bytearray_new(GP_BYTES_DATA(r), (size_t)GP_BYTES_SIZE(r));
        gp_decref(r);
        return ba;
    }
    return r;
}

/* ---- iteration ------------------------------------------------------------------------------------ */

typedef struct { gp_obj base; gp_obj *seq; gp_ssize i; } bytes_iter;

static void bytesiter_dealloc(gp_obj *o)
{
    gp_xdecref(((bytes_iter *)o)->seq);
    gp_obj_free(o);
}

static gp_obj *bytesiter_next(gp_obj *o)
{
    bytes_iter *it = (bytes_iter *)o;
    if (!it->seq) return NULL;
    const char *d;
    gp_ssize n;
    gp_bytes_view(it->seq, &d, &n);
    if (it->i < n) return gp_int_from_i64((unsigned char)d[it->i++]);
    GP_CLEAR(it->seq);
    return NULL;
}

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

gp_type gp_bytes_iter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .dealloc = bytesiter_dealloc,
    .iter = iter_self,
    .iternext = bytesiter_next,
};

static gp_obj *bytes_iter_new(gp_obj *o)
{
    bytes_iter *it = (bytes_iter *)gp_obj_alloc(&gp_bytes_iter_type);
    if (!it) return NULL;
    it->seq = gp_incref(o);
    return (gp_obj *)it;
}

/* ---- construction ----------------------------------------------------------------------------------- */

/* The bytes value of bytes(x) / bytearray(x) into a malloc'd buffer. */
static int collect_bytes(gp_obj *x, gp_obj *enc, gp_obj *errors, const char *fname, char **out, gp_ssize *n)
{
    *out = NULL;
    *n = 0;
    if (GP_STR_CHECK(x)) {
        if (!enc) { gp_err_set_str(gp_exc_TypeError, "string argument without an encoding"); return -1; }
        gp_obj *b = gp_str_encode_impl(x, enc, errors);
        if (!b) return -1;
        *n = GP_BYTES_SIZE(b);
        *out = malloc((size_t)*n + 1);
        if (*out) memcpy(*out, GP_BYTES_DATA(b), (size_t)*n);
        gp_decref(b);
        return *out ? 0 : (gp_err_nomemory(), -1);
    }
    if (enc || errors) {
        gp_err_set_str(gp_exc_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    const char *d;
    if (gp_bytes_view(x, &d, n)) {
        *out = malloc((size_t)*n + 1);
        if (!*out) { gp_err_nomemory(); return -1; }
        memcpy(*out, d, (size_t)*n);
        return 0;
    }
    if (GP_INT_CHECK(x) || (GP_TYPE(x)->nb_index && !GP_TYPE(x)->iter)) {
        gp_ssize cnt = gp_index_ssize(x);
        if (cnt == -1 && gp_err_occurred()) return -1;
        if (cnt < 0) { gp_err_set_str(gp_exc_ValueError, "negative count"); return -1; }
        *out = calloc((size_t)cnt + 1, 1);
        if (!*out) { gp_err_nomemory(); return -1; }
        *n = cnt;
        return 0;
    }
    if (!GP_TYPE(x)->iter && !GP_TYPE(x)->getitem) {
        gp_err_format(gp_exc_TypeError, "cannot convert '%T' object to %s", x, fname);
        return -1;
    }
    gp_obj *it = gp_iter(x);
    if (!it) return -1;
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_obj *v;
    while ((v = gp_iternext(it))) {
        int c;
        int r = gp_byte_value(v, &c);
        gp_decref(v);
        if (r < 0) {
            if (gp_err_matches(gp_exc_ValueError)) { gp_err_clear(); gp_err_set_str(gp_exc_ValueError, "bytes must be in range(0, 256)"); }
            gp_decref(it);
            gp_strbuf_free(&b);
            return -1;
        }
        char ch = (char)c;
        gp_strbuf_add(&b, &ch, 1);
    }
    gp_decref(it);
    if (gp_err_occurred() || b.failed) { gp_strbuf_free(&b); return -1; }
    *n = (gp_ssize)b.len;
    *out = b.data ? b.data : calloc(1, 1);
    return 0;
}

static gp_obj *bytes_tp_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    gp_obj *a[3];
    if (gp_parse_args("bytes", args, nargs, kw, names, 3, 0, a) < 0) return NULL;
    if (!a[0]) {
        if (a[1] || a[2]) return gp_err_set_str(gp_exc_TypeError, "encoding or errors without sequence argument");
        return bytes_of_type(t, "", 0);
    }
    if (!GP_STR_CHECK(a[0]) && !GP_BYTES_CHECK(a[0])) {
        gp_obj *m = gp_type_lookup(GP_TYPE(a[0]), gp_str_intern_cstr("__bytes__"));
        if (m) {
            gp_obj *r = gp_call_method(a[0], "__bytes__", NULL, 0);
            if (r && !GP_BYTES_CHECK(r)) {
                gp_err_format(gp_exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                GP_CLEAR(r);
            }
            return r;
        }
    }
    char *buf;
    gp_ssize n;
    if (collect_bytes(a[0], a[1], a[2], "bytes", &buf, &n) < 0) return NULL;
    gp_obj *r = bytes_of_type(t, buf, (size_t)n);
    free(buf);
    return r;
}

static gp_obj *bytearray_tp_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_obj_alloc(t);
}

static int bytearray_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    gp_obj *a[3];
    if (gp_parse_args("bytearray", args, nargs, kw, names, 3, 0, a) < 0) return -1;
    gp_bytearray *b = (gp_bytearray *)self;
    if (!a[0]) return 0;
    char *buf;
    gp_ssize n;
    if (collect_bytes(a[0], a[1], a[2], "bytearray", &buf, &n) < 0) return -1;
    free(b->data);
    b->data = buf;
    b->size = n;
    b->cap = n + 1;
    return 0;
}

/* ---- bytearray mutation -------------------------------------------------------------------------------- */

static int bytearray_setitem(gp_obj *o, gp_obj *key, gp_obj *v)
{
    gp_bytearray *b = (gp_bytearray *)o;
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize start, stop, step, len;
        if (gp_slice_indices(key, b->size, &start, &stop, &step, &len) < 0) return -1;
        char *src = NULL;
        gp_ssize m = 0;
        if (v && collect_bytes(v, NULL, NULL, "bytearray", &src, &m) < 0) return -1;
        if (step == 1) {
            if (stop < start) stop = start;
            stop = start + len;
            gp_ssize delta = m - len;
            if (gp_bytearray_reserve(o, b->size + delta) < 0) { free(src); return -1; }
            memmove(b->data + stop + delta, b->data + stop, (size_t)(b->size - stop));
            if (m) memcpy(b->data + start, src, (size_t)m);
            b->size += delta;
            free(src);
            return 0;
        }
        if (!v) {
            if (step < 0) { start = start + step * (len - 1); step = -step; }
            gp_ssize w = start, k = 0;
            for (gp_ssize i = start; i < b->size; i++) {
                if (k < len && i == start + k * step) { k++; continue; }
                b->data[w++] = b->data[i];
            }
            b->size = w;
            return 0;
        }
        if (m != len) {
            free(src);
            gp_err_format(gp_exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", m, len);
            return -1;
        }
        for (gp_ssize k = 0, i = start; k < len; k++, i += step) b->data[i] = src[k];
        free(src);
        return 0;
    }
    if (!GP_INT_CHECK(key) && !GP_TYPE(key)->nb_index) {
        gp_err_format(gp_exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    gp_ssize i = gp_index_ssize(key);
    if (i == -1 && gp_err_occurred()) return -1;
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) { gp_err_set_str(gp_exc_IndexError, "bytearray index out of range"); return -1; }
    if (!v) {
        memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
        b->size--;
        return 0;
    }
    int c;
    if (gp_byte_value(v, &c) < 0) return -1;
    b->data[i] = (char)c;
    return 0;
}

int gp_bytearray_extend(gp_obj *o, gp_obj *iterable)
{
    char *buf;
    gp_ssize n;
    if (GP_STR_CHECK(iterable)) {
        gp_err_set_str(gp_exc_TypeError, "expected iterable of integers; got: 'str'");
        return -1;
    }
    if (collect_bytes(iterable, NULL, NULL, "bytearray", &buf, &n) < 0) return -1;
    gp_bytearray *b = (gp_bytearray *)o;
    int r = gp_bytearray_reserve(o, b->size + n);
    if (r == 0) {
        memcpy(b->data + b->size, buf, (size_t)n);
        b->size += n;
    }
    free(buf);
    return r;
}

static gp_obj *bytearray_iadd(gp_obj *a, gp_obj *b)
{
    const char *d;
    gp_ssize n;
    if (!gp_bytes_view(b, &d, &n)) return gp_err_format(gp_exc_TypeError, "can't concat %T to bytearray", b);
    if (gp_bytearray_extend(a, b) < 0) return NULL;
    return gp_incref(a);
}

/* b *= n repeats in place: the same object grows (others holding it see
 * the change), as CPython's bytearray does. */
static gp_obj *bytearray_imul(gp_obj *a, gp_obj *b)
{
    gp_obj *s;
    gp_ssize cnt;
    int r = gp_seq_repeat_args(a, b, &gp_bytearray_type, &s, &cnt);
    if (r <= 0) return r < 0 ? NULL : GP_NOTIMPLEMENTED;
    gp_bytearray *ba = (gp_bytearray *)a;
    gp_ssize n = ba->size;
    if (cnt <= 0 || n == 0) {
        ba->size = 0;
        return gp_incref(a);
    }
    if (n > ((gp_ssize)1 << 40) / cnt) return gp_err_nomemory();
    if (gp_bytearray_reserve(a, n * cnt) < 0) return NULL;
    for (gp_ssize i = 1; i < cnt; i++) memcpy(ba->data + i * n, ba->data, (size_t)n);
    ba->size = n * cnt;
    return gp_incref(a);
}

extern const gp_methoddef gp_bytes_methods[], gp_bytearray_methods[];

gp_type gp_bytes_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "bytes",
    .basicsize = sizeof(gp_bytes),
    .flags = GP_TF_BASETYPE | GP_TF_BYTES_SUB,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_new,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .nb = {[GP_OP_ADD] = bytes_add, [GP_OP_MUL] = bytes_mul, [GP_OP_MOD] = bytes_mod},
    .tp_new = bytes_tp_new,
    .methods = gp_bytes_methods,
};

gp_type gp_bytearray_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "bytearray",
    .basicsize = sizeof(gp_bytearray),
    .flags = GP_TF_BASETYPE,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter_new,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .nb = {[GP_OP_ADD] = bytes_add, [GP_OP_MUL] = bytes_mul, [GP_OP_MOD] = bytes_mod},
    .nb_inplace = {[GP_OP_ADD] = bytearray_iadd, [GP_OP_MUL] = bytearray_imul},
    .tp_new = bytearray_tp_new,
    .tp_init = bytearray_init,
    .methods = gp_bytearray_methods,
};
