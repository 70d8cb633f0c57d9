/*
 * obj_str.c — str: immutable UTF-8 text with a cached code-point length
 * and hash. ASCII strings index in O(1); others walk the UTF-8. The
 * empty string and every one-character Latin-1 string are cached, and
 * names are interned in a table of immortal strings.
 *
 * Methods live in str_methods.c, %-formatting and str.format in
 * str_format.c, the format-spec mini-language in format_spec.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"

gp_ssize gp_utf8_check(const char *s, size_t n, const char **reason);

static gp_obj *empty_str;
static gp_obj *char_cache[256];

/* ---- construction ----------------------------------------------------------------- */

static gp_obj *str_alloc(gp_type *t, size_t nbytes)
{
    gp_strobj *s;
    size_t base = t == &gp_str_type ? sizeof(gp_strobj) : t->basicsize;
    if (t == &gp_str_type) {
        /* exact str: every field is set here or by the caller, so skip calloc's zeroing */
        s = malloc(base + nbytes + 1);
        if (!s) return gp_err_nomemory();
        s->base.refcnt = 1;
        s->base.type = t;
        s->length = 0;
        s->ascii = 0;
        s->interned = 0;
    } else {
        s = (gp_strobj *)gp_obj_alloc_size(t, base + nbytes + 1);
        if (!s) return NULL;
    }
    s->data = (char *)s + base;
    s->nbytes = (gp_ssize)nbytes;
    s->hash = -1;
    return (gp_obj *)s;
}

gp_obj *gp_str_new_unchecked(const char *utf8, size_t n, gp_ssize ncp, bool ascii)
{
    if (n == 0 && empty_str) return gp_incref(empty_str);
    if (ncp == 1 && utf8) {
        const unsigned char *p = (const unsigned char *)utf8;
        uint32_t c = n == 1 ? p[0] : gp_utf8_decode(&p);
        if (c < 256 && char_cache[c]) return gp_incref(char_cache[c]);
    }
    gp_obj *o = str_alloc(&gp_str_type, n);
    if (!o) return NULL;
    gp_strobj *s = (gp_strobj *)o;
    if (utf8) memcpy(s->data, utf8, n);
    s->data[n] = 0;
    s->length = ncp;
    s->ascii = ascii;
    return o;
}

gp_obj *gp_str_new_ascii(const char *s, size_t n)
{
    return gp_str_new_unchecked(s, n, (gp_ssize)n, true);
}

static bool all_ascii(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull) return false;
    }
    for (; i < n; i++)
        if (p[i] & 0x80) return false;
    return true;
}

gp_obj *gp_str_new(const char *utf8, size_t n)
{
    if (all_ascii(utf8, n)) return gp_str_new_unchecked(utf8, n, (gp_ssize)n, true);
    const char *reason = NULL;
    gp_ssize cp = gp_utf8_check(utf8, n, &reason);
    if (cp < 0) {
        gp_ssize pos = -cp - 1;
        gp_obj *b = gp_bytes_new(utf8, n);
        gp_obj *args = NULL;
        if (b)
            args = gp_tuple_pack(5, gp_str_intern_cstr("utf-8"), b, gp_int_from_i64(pos),
                                 gp_int_from_i64(pos + 1), gp_str_intern_cstr(reason));
        gp_xdecref(b);
        if (args) { gp_err_set(gp_exc_UnicodeDecodeError, args); gp_decref(args); }
        return NULL;
    }
    return gp_str_new_unchecked(utf8, n, cp, false);
}

gp_obj *gp_str_from_cstr(const char *utf8) { return gp_str_new(utf8, strlen(utf8)); }

gp_obj *gp_str_from_codepoint(uint32_t cp)
{
    if (cp < 256 && char_cache[cp]) return gp_incref(char_cache[cp]);
    char buf[4];
    size_t n = gp_utf8_encode(cp, buf);
    return gp_str_new_unchecked(buf, n, 1, cp < 0x80);
}

/* ---- hashing and equality ---------------------------------------------------------------- */

gp_hash gp_str_hash(gp_obj *o)
{
    gp_strobj *s = (gp_strobj *)o;
    if (s->hash == -1) s->hash = gp_hash_utf8(s->data, (size_t)s->nbytes, s->ascii);
    return s->hash;
}

bool gp_str_eq(gp_obj *a, gp_obj *b)
{
    if (a == b) return true;
    gp_strobj *x = (gp_strobj *)a, *y = (gp_strobj *)b;
    if (x->nbytes != y->nbytes) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    if (x->interned && y->interned) return false;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

bool gp_str_eq_cstr(gp_obj *a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)GP_STR_NBYTES(a) == n && memcmp(GP_STR_DATA(a), s, n) == 0;
}

/* ---- interning: an open-addressing set of immortal strings ---------------------------------- */

static gp_obj **intern_tab;
static size_t intern_cap, intern_used;

static gp_obj *intern_find(const char *s, size_t n, gp_hash h, size_t *slot)
{
    size_t mask = intern_cap - 1, i = (size_t)h & mask;
    for (;;) {
        gp_obj *e = intern_tab[i];
        if (!e) { *slot = i; return NULL; }
        if (((gp_strobj *)e)->hash == h && (size_t)GP_STR_NBYTES(e) == n && memcmp(GP_STR_DATA(e), s, n) == 0)
            return e;
        i = (i + 1) & mask;
    }
}

static int intern_grow(void)
{
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    gp_obj **nt = calloc(ncap, sizeof *nt);
    if (!nt) { gp_err_nomemory(); return -1; }
    for (size_t i = 0; i < intern_cap; i++) {
        gp_obj *e = intern_tab[i];
        if (!e) continue;
        size_t j = (size_t)((gp_strobj *)e)->hash & (ncap - 1);
        while (nt[j]) j = (j + 1) & (ncap - 1);
        nt[j] = e;
    }
    free(intern_tab);
    intern_tab = nt;
    intern_cap = ncap;
    return 0;
}

gp_obj *gp_str_intern(gp_obj *s)
{
    if (!s) return NULL;
    gp_strobj *str = (gp_strobj *)s;
    if (str->interned) return s;
    if (!GP_STR_EXACT(s)) return s;
    if ((intern_used + 1) * 2 > intern_cap && intern_grow() < 0) return s;
    gp_hash h = gp_str_hash(s);
    size_t slot;
    gp_obj *e = intern_find(str->data, (size_t)str->nbytes, h, &slot);
    if (e) { gp_decref(s); return gp_incref(e); }
    intern_tab[slot] = s;
    intern_used++;
    str->interned = 1;
    s->refcnt = GP_IMMORTAL;
    return gp_incref(s);
}

gp_obj *gp_str_intern_cstr(const char *utf8)
{
    size_t n = strlen(utf8), slot;
    if (intern_cap) {
        gp_obj *e = intern_find(utf8, n, gp_hash_utf8(utf8, n, all_ascii(utf8, n)), &slot);
        if (e) return e;
    }
    gp_obj *s = gp_str_intern(gp_str_new(utf8, n));
    if (!s) return NULL;
    gp_decref(s); /* immortal: the table keeps it */
    return s;
}

/* ---- code point offsets ----------------------------------------------------------------------- */

gp_ssize gp_str_offset(gp_obj *o, gp_ssize i)
{
    gp_strobj *s = (gp_strobj *)o;
    if (s->ascii) return i;
    const unsigned char *p = (const unsigned char *)s->data;
    if (i > s->length / 2) {
        gp_ssize k = s->length, off = s->nbytes;
        while (k > i) {
            off--;
            while ((p[off] & 0xC0) == 0x80) off--;
            k--;
        }
        return off;
    }
    gp_ssize off = 0;
    for (gp_ssize k = 0; k < i; k++) {
        off++;
        while (off < s->nbytes && (p[off] & 0xC0) == 0x80) off++;
    }
    return off;
}

gp_obj *gp_str_substr(gp_obj *s, gp_ssize start, gp_ssize stop)
{
    if (stop <= start) return gp_str_new("", 0);
    if (start == 0 && stop == GP_STR_LEN(s) && GP_STR_EXACT(s)) return gp_incref(s);
    gp_ssize a = gp_str_offset(s, start), b = gp_str_offset(s, stop);
    return gp_str_new_unchecked(GP_STR_DATA(s) + a, (size_t)(b - a), stop - start, ((gp_strobj *)s)->ascii);
}

/* ---- building ------------------------------------------------------------------------------------ */

gp_obj *gp_str_concat(gp_obj *a, gp_obj *b)
{
    gp_strobj *x = (gp_strobj *)a, *y = (gp_strobj *)b;
    if (y->nbytes == 0 && GP_STR_EXACT(a)) return gp_incref(a);
    if (x->nbytes == 0 && GP_STR_EXACT(b)) return gp_incref(b);
    gp_obj *r = gp_str_new_unchecked(NULL, (size_t)(x->nbytes + y->nbytes), x->length + y->length,
                                     x->ascii && y->ascii);
    if (!r) return NULL;
    memcpy(GP_STR_DATA(r), x->data, (size_t)x->nbytes);
    memcpy(GP_STR_DATA(r) + x->nbytes, y->data, (size_t)y->nbytes + 1);
    return r;
}

gp_obj *gp_str_join(gp_obj *sep, gp_obj *iterable)
{
    if (!GP_TYPE(iterable)->iter && !GP_TYPE(iterable)->getitem)
        return gp_err_set_str(gp_exc_TypeError, "can only join an iterable");
    gp_obj *seq = GP_LIST_CHECK(iterable) || GP_TUPLE_CHECK(iterable) ? gp_incref(iterable)
                                                                       : gp_list_from_iterable(iterable);
    if (!seq) return NULL;
    gp_obj *const *items = GP_LIST_CHECK(seq) ? GP_LIST_ITEMS(seq) : GP_TUPLE_ITEMS(seq);
    gp_ssize n = GP_LIST_CHECK(seq) ? GP_LIST_SIZE(seq) : GP_TUPLE_SIZE(seq);
    size_t total = 0;
    gp_ssize ncp = 0;
    bool ascii = ((gp_strobj *)sep)->ascii;
    for (gp_ssize i = 0; i < n; i++) {
        if (!GP_STR_CHECK(items[i])) {
            gp_decref(seq);
            return gp_err_format(gp_exc_TypeError, "sequence item %zd: expected str instance, %T found", i,
                                 items[i]);
        }
        total += (size_t)GP_STR_NBYTES(items[i]);
        ncp += GP_STR_LEN(items[i]);
        ascii = ascii && ((gp_strobj *)items[i])->ascii;
    }
    if (n == 1 && GP_STR_EXACT(items[0])) { gp_obj *r = gp_incref(items[0]); gp_decref(seq); return r; }
    if (n > 1) {
        total += (size_t)GP_STR_NBYTES(sep) * (size_t)(n - 1);
        ncp += GP_STR_LEN(sep) * (n - 1);
    }
    gp_obj *r = gp_str_new_unchecked(NULL, total, ncp, ascii);
    if (!r) { gp_decref(seq); return NULL; }
    char *p = GP_STR_DATA(r);
    for (gp_ssize i = 0; i < n; i++) {
        if (i && GP_STR_NBYTES(sep)) { memcpy(p, GP_STR_DATA(sep), (size_t)GP_STR_NBYTES(sep)); p += GP_STR_NBYTES(sep); }
        memcpy(p, GP_STR_DATA(items[i]), (size_t)GP_STR_NBYTES(items[i]));
        p += GP_STR_NBYTES(items[i]);
    }
    *p = 0;
    gp_decref(seq);
    return r;
}

/* ---- strbuf ---------------------------------------------------------------------------------------- */

void gp_strbuf_init(gp_strbuf *b) { b->data = NULL; b->len = b->cap = 0; b->failed = false; }

static bool strbuf_reserve(gp_strbuf *b, size_t extra)
{
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + extra + 1) ncap *= 2;
    char *nd = realloc(b->data, ncap);
    if (!nd) { b->failed = true; gp_err_nomemory(); return false; }
    b->data = nd;
    b->cap = ncap;
    return true;
}

void gp_strbuf_add(gp_strbuf *b, const char *s, size_t n)
{
    if (!strbuf_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void gp_strbuf_addc(gp_strbuf *b, const char *s) { gp_strbuf_add(b, s, strlen(s)); }

void gp_strbuf_addobj_str(gp_strbuf *b, gp_obj *o)
{
    if (b->failed) return;
    gp_obj *s = gp_str(o);
    if (!s) { b->failed = true; return; }
    gp_strbuf_add(b, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    gp_decref(s);
}

void gp_strbuf_addobj_repr(gp_strbuf *b, gp_obj *o)
{
    if (b->failed) return;
    gp_obj *s = gp_repr(o);
    if (!s) { b->failed = true; return; }
    gp_strbuf_add(b, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    gp_decref(s);
}

static void strbuf_vaddf(gp_strbuf *b, const char *fmt, va_list ap)
{
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') q++;
            gp_strbuf_add(b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        p++;
        int lng = 0, z = 0;
        char num[64];
        while (*p == 'l') { lng++; p++; }
        if (*p == 'z') { z = 1; p++; }
        switch (*p) {
        case '%': gp_strbuf_add(b, "%", 1); break;
        case 's': { const char *s = va_arg(ap, const char *); gp_strbuf_addc(b, s ? s : "(null)"); break; }
        case 'd': case 'i':
            if (z) snprintf(num, sizeof num, "%zd", va_arg(ap, ssize_t));
            else if (lng == 2) snprintf(num, sizeof num, "%lld", va_arg(ap, long long));
            else if (lng == 1) snprintf(num, sizeof num, "%ld", va_arg(ap, long));
            else snprintf(num, sizeof num, "%d", va_arg(ap, int));
            gp_strbuf_addc(b, num);
            break;
        case 'u': case 'x':
            if (z) snprintf(num, sizeof num, *p == 'u' ? "%zu" : "%zx", va_arg(ap, size_t));
            else if (lng == 2) snprintf(num, sizeof num, *p == 'u' ? "%llu" : "%llx", va_arg(ap, unsigned long long));
            else if (lng == 1) snprintf(num, sizeof num, *p == 'u' ? "%lu" : "%lx", va_arg(ap, unsigned long));
            else snprintf(num, sizeof num, *p == 'u' ? "%u" : "%x", va_arg(ap, unsigned));
            gp_strbuf_addc(b, num);
            break;
        case 'c': {
            char enc[4];
            gp_strbuf_add(b, enc, gp_utf8_encode((uint32_t)va_arg(ap, int), enc));
            break;
        }
        case 'p': snprintf(num, sizeof num, "%p", va_arg(ap, void *)); gp_strbuf_addc(b, num); break;
        case 'R': gp_strbuf_addobj_repr(b, va_arg(ap, gp_obj *)); break;
        case 'S': gp_strbuf_addobj_str(b, va_arg(ap, gp_obj *)); break;
        case 'T': gp_strbuf_addc(b, gp_type_name(GP_TYPE(va_arg(ap, gp_obj *)))); break;
        case 'U': {
            gp_obj *s = va_arg(ap, gp_obj *);
            if (s && GP_STR_CHECK(s)) gp_strbuf_add(b, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
            else gp_strbuf_addobj_str(b, s ? s : gp_None);
            break;
        }
        default: gp_strbuf_add(b, p - 1, 2); break;
        }
    }
}

void gp_strbuf_addf(gp_strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(b, fmt, ap);
    va_end(ap);
}

gp_obj *gp_strbuf_finish(gp_strbuf *b)
{
    if (b->failed) { gp_strbuf_free(b); return NULL; }
    gp_obj *r = gp_str_new(b->data ? b->data : "", b->len);
    gp_strbuf_free(b);
    return r;
}

void gp_strbuf_free(gp_strbuf *b)
{
    free(b->data);
    gp_strbuf_init(b);
}

gp_obj *gp_str_from_vformat(const char *fmt, va_list ap)
{
    gp_strbuf b;
    gp_strbuf_init(&b);
    strbuf_vaddf(&b, fmt, ap);
    return gp_strbuf_finish(&b);
}

gp_obj *gp_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gp_obj *r = gp_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- repr ------------------------------------------------------------------------------------------- */

bool gp_unicode_isprintable(uint32_t c);

gp_obj *gp_str_repr(gp_obj *o)
{
    gp_strobj *s = (gp_strobj *)o;
    bool has_sq = memchr(s->data, '\'', (size_t)s->nbytes) != NULL;
    bool has_dq = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_add(&b, &q, 1);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->nbytes;
    while (p < end) {
        const unsigned char *start = p;
        uint32_t c = gp_utf8_decode(&p);
        char esc[16];
        if (c == (uint32_t)q || c == '\\') { esc[0] = '\\'; esc[1] = (char)c; gp_strbuf_add(&b, esc, 2); }
        else if (c == '\n') gp_strbuf_add(&b, "\\n", 2);
        else if (c == '\r') gp_strbuf_add(&b, "\\r", 2);
        else if (c == '\t') gp_strbuf_add(&b, "\\t", 2);
        else if (c >= 0x20 && c < 0x7f) gp_strbuf_add(&b, (const char *)start, 1);
        else if (c >= 0x80 && gp_unicode_isprintable(c)) gp_strbuf_add(&b, (const char *)start, (size_t)(p - start));
        else {
            if (c < 0x100) snprintf(esc, sizeof esc, "\\x%02x", c);
            else if (c < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", c);
            else snprintf(esc, sizeof esc, "\\U%08x", c);
            gp_strbuf_addc(&b, esc);
        }
    }
    gp_strbuf_add(&b, &q, 1);
    return gp_strbuf_finish(&b);
}

/* ---- slots ---------------------------------------------------------------------------------------------- */

/* Strings grown in place by += keep their bytes in a separate buffer
 * preceded by its capacity; all others store them inline. */
static char *inline_data(gp_obj *o) { return (char *)o + sizeof(gp_strobj); }

static void str_dealloc(gp_obj *o)
{
    gp_strobj *s = (gp_strobj *)o;
    if (GP_TYPE(o) == &gp_str_type && s->data != inline_data(o)) free(s->data - sizeof(size_t));
    gp_obj_free(o);
}

/* s += t. When the left string is referenced only by the target being
 * assigned and the operand stack (refcnt <= 2, as in `acc += piece`), it
 * is extended in place, turning repeated concatenation from quadratic to
 * amortised linear (CPython does the same in its eval loop). */
static gp_obj *str_iadd(gp_obj *a, gp_obj *b)
{
    if (!GP_STR_CHECK(a) || !GP_STR_CHECK(b)) return GP_NOTIMPLEMENTED;
    gp_strobj *s = (gp_strobj *)a, *t = (gp_strobj *)b;
    size_t oldn = (size_t)s->nbytes, add = (size_t)t->nbytes, need = oldn + add + 1;
    if (a->refcnt > 2 || !GP_STR_EXACT(a) || s->interned || need < 256) return gp_str_concat(a, b);
    if (s->data == inline_data(a)) {
        size_t cap = need * 2;
        char *buf = malloc(sizeof(size_t) + cap);
        if (!buf) return gp_err_nomemory();
        memcpy(buf, &cap, sizeof cap);
        memcpy(buf + sizeof(size_t), s->data, oldn);
        s->data = buf + sizeof(size_t);
    } else {
        size_t cap;
        memcpy(&cap, s->data - sizeof(size_t), sizeof cap);
        if (cap < need) {
            cap = need * 2;
            char *buf = realloc(s->data - sizeof(size_t), sizeof(size_t) + cap);
            if (!buf) return gp_err_nomemory();
            memcpy(buf, &cap, sizeof cap);
            s->data = buf + sizeof(size_t);
        }
    }
    memmove(s->data + oldn, t->data, add); /* t may be s itself */
    s->nbytes = (gp_ssize)(oldn + add);
    s->data[s->nbytes] = 0;
    s->length += t->length;
    s->ascii = s->ascii && t->ascii;
    s->hash = -1;
    return gp_incref(a);
}

static gp_obj *str_str(gp_obj *o)
{
    if (GP_STR_EXACT(o)) return gp_incref(o);
    gp_strobj *s = (gp_strobj *)o;
    return gp_str_new_unchecked(s->data, (size_t)s->nbytes, s->length, s->ascii);
}

static gp_obj *str_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if (!GP_STR_CHECK(a) || !GP_STR_CHECK(b)) return GP_NOTIMPLEMENTED;
    if (op == GP_EQ) return gp_bool_new(gp_str_eq(a, b));
    if (op == GP_NE) return gp_bool_new(!gp_str_eq(a, b));
    gp_ssize na = GP_STR_NBYTES(a), nb = GP_STR_NBYTES(b);
    int c = memcmp(GP_STR_DATA(a), GP_STR_DATA(b), (size_t)(na < nb ? na : nb));
    if (c == 0) c = (na > nb) - (na < nb);
    bool r;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool_new(r);
}

static gp_ssize str_len(gp_obj *o) { return GP_STR_LEN(o); }

gp_obj *gp_str_char_at(gp_obj *o, gp_ssize i)
{
    gp_strobj *s = (gp_strobj *)o;
    if (s->ascii) return gp_incref(char_cache[(unsigned char)s->data[i]]);
    gp_ssize off = gp_str_offset(o, i);
    const unsigned char *p = (const unsigned char *)s->data + off;
    return gp_str_from_codepoint(gp_utf8_decode(&p));
}

static gp_obj *str_getitem(gp_obj *o, gp_obj *key)
{
    gp_ssize n = GP_STR_LEN(o);
    if (GP_INT_CHECK(key) || (GP_TYPE(key)->nb_index && GP_TYPE(key) != &gp_slice_type)) {
        gp_ssize i = gp_index_ssize(key);
        if (i == -1 && gp_err_occurred()) {
            if (gp_err_matches(gp_exc_OverflowError)) {
                gp_err_clear();
                return gp_err_format(gp_exc_IndexError, "cannot fit '%T' into an index-sized integer", key);
            }
            return NULL;
        }
        if (i < 0) i += n;
        if (i < 0 || i >= n) return gp_err_set_str(gp_exc_IndexError, "string index out of range");
        return gp_str_char_at(o, i);
    }
    if (GP_TYPE(key) == &gp_slice_type) {
        gp_ssize start, stop, step, len;
        if (gp_slice_indices(key, n, &start, &stop, &step, &len) < 0) return NULL;
        if (step == 1) return gp_str_substr(o, start, start + len);
        gp_strbuf b;
        gp_strbuf_init(&b);
        for (gp_ssize k = 0, i = start; k < len; k++, i += step) {
            gp_ssize off = gp_str_offset(o, i);
            const unsigned char *p = (const unsigned char *)GP_STR_DATA(o) + off, *q = p;
            gp_utf8_decode(&q);
            gp_strbuf_add(&b, (const char *)p, (size_t)(q - p));
        }
        return gp_strbuf_finish(&b);
    }
    return gp_err_format(gp_exc_TypeError, "string indices must be integers, not '%T'", key);
}

static int str_contains(gp_obj *o, gp_obj *item)
{
    if (!GP_STR_CHECK(item)) {
        gp_err_format(gp_exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    if (GP_STR_NBYTES(item) == 0) return 1;
    return memmem(GP_STR_DATA(o), (size_t)GP_STR_NBYTES(o), GP_STR_DATA(item), (size_t)GP_STR_NBYTES(item)) != NULL;
}

static gp_obj *str_add(gp_obj *a, gp_obj *b)
{
    if (!GP_STR_CHECK(a) || !GP_STR_CHECK(b)) return GP_NOTIMPLEMENTED;
    return gp_str_concat(a, b);
}

gp_obj *gp_str_repeat(gp_obj *s, gp_ssize n)
{
    if (n <= 0) return gp_str_new("", 0);
    if (n == 1 && GP_STR_EXACT(s)) return gp_incref(s);
    gp_ssize nb = GP_STR_NBYTES(s);
    if (nb && n > (gp_ssize)(((size_t)1 << 62) / (size_t)nb))
        return gp_err_set_str(gp_exc_OverflowError, "repeated string is too long");
    gp_obj *r = gp_str_new_unchecked(NULL, (size_t)(nb * n), GP_STR_LEN(s) * n, ((gp_strobj *)s)->ascii);
    if (!r) return NULL;
    char *p = GP_STR_DATA(r);
    if (nb == 1) memset(p, GP_STR_DATA(s)[0], (size_t)n);
    else
        for (gp_ssize i = 0; i < n; i++) memcpy(p + i * nb, GP_STR_DATA(s), (size_t)nb);
    p[nb * n] = 0;
    return r;
}

/* Shared by str, bytes, list, tuple: which operand is the sequence, and the count. */
int gp_seq_repeat_args(gp_obj *a, gp_obj *b, gp_type *seqtype, gp_obj **seq, gp_ssize *count)
{
    gp_obj *other;
    if (GP_TYPE_CHECK(a, seqtype)) { *seq = a; other = b; }
    else { *seq = b; other = a; }
    if (!GP_INT_CHECK(other) && !GP_TYPE(other)->nb_index) return 0;
    if (GP_TYPE_CHECK(other, &gp_float_type)) return 0;
    gp_obj *i = gp_index(other);
    if (!i) return -1;
    int ovf;
    int64_t v = gp_int_as_i64(i, &ovf);
    gp_decref(i);
    if (ovf > 0) {
        gp_err_set_str(gp_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *count = ovf < 0 ? 0 : (gp_ssize)v;
    return 1;
}

static gp_obj *str_mul(gp_obj *a, gp_obj *b)
{
    gp_obj *s;
    gp_ssize n;
    int r = gp_seq_repeat_args(a, b, &gp_str_type, &s, &n);
    if (r <= 0) return r < 0 ? NULL : GP_NOTIMPLEMENTED;
    return gp_str_repeat(s, n);
}

static gp_obj *str_mod(gp_obj *a, gp_obj *b)
{
    if (!GP_STR_CHECK(a)) return GP_NOTIMPLEMENTED;
    return gp_str_percent(a, b);
}

/* ---- iteration --------------------------------------------------------------------------------------------- */

typedef struct { gp_obj base; gp_obj *s; gp_ssize off; } str_iter_obj;

static void striter_dealloc(gp_obj *o)
{
    gp_xdecref(((str_iter_obj *)o)->s);
    gp_obj_free(o);
}

static gp_obj *striter_next(gp_obj *o)
{
    str_iter_obj *it = (str_iter_obj *)o;
    if (!it->s) return NULL;
    gp_strobj *s = (gp_strobj *)it->s;
    if (it->off >= s->nbytes) { GP_CLEAR(it->s); return NULL; }
    const unsigned char *p = (const unsigned char *)s->data + it->off;
    if (*p < 0x80) { it->off++; return gp_incref(char_cache[*p]); }
    const unsigned char *q = p;
    uint32_t c = gp_utf8_decode(&q);
    it->off += q - p;
    return gp_str_from_codepoint(c);
}

static gp_obj *iter_self(gp_obj *o) { return gp_incref(o); }

gp_type gp_str_iter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter_obj),
    .dealloc = striter_dealloc,
    .iter = iter_self,
    .iternext = striter_next,
};

static gp_obj *str_iter(gp_obj *o)
{
    str_iter_obj *it = (str_iter_obj *)gp_obj_alloc(&gp_str_iter_type);
    if (!it) return NULL;
    it->s = gp_incref(o);
    return (gp_obj *)it;
}

/* ---- str() -------------------------------------------------------------------------------------------------- */

gp_obj *gp_bytes_decode_impl(const char *data, size_t n, gp_obj *encoding, gp_obj *errors);

static gp_obj *str_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    gp_obj *a[3];
    if (gp_parse_args("str", args, nargs, kw, names, 3, 0, a) < 0) return NULL;
    gp_obj *v;
    if (!a[0]) {
        v = gp_str_new("", 0);
    } else if (a[1] || a[2]) {
        if (GP_BYTES_CHECK(a[0]))
            v = gp_bytes_decode_impl(GP_BYTES_DATA(a[0]), (size_t)GP_BYTES_SIZE(a[0]), a[1], a[2]);
        else if (GP_TYPE_CHECK(a[0], &gp_bytearray_type))
            v = gp_bytes_decode_impl(((gp_bytearray *)a[0])->data, (size_t)((gp_bytearray *)a[0])->size, a[1], a[2]);
        else if (GP_STR_CHECK(a[0]))
            return gp_err_set_str(gp_exc_TypeError, "decoding str is not supported");
        else
            return gp_err_format(gp_exc_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    } else {
        v = gp_str(a[0]);
    }
    if (!v || t == &gp_str_type) return v;
    gp_strobj *src = (gp_strobj *)v;
    gp_obj *o = str_alloc(t, (size_t)src->nbytes);
    if (o) {
        gp_strobj *s = (gp_strobj *)o;
        memcpy(s->data, src->data, (size_t)src->nbytes + 1);
        s->length = src->length;
        s->ascii = src->ascii;
    }
    gp_decref(v);
    return o;
}

extern const gp_methoddef gp_str_methods[];

gp_type gp_str_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "str",
    .basicsize = sizeof(gp_strobj),
    .flags = GP_TF_BASETYPE | GP_TF_STR_SUB,
    .dealloc = str_dealloc,
    .repr = gp_str_repr,
    .str = str_str,
    .hash = gp_str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .nb = {[GP_OP_ADD] = str_add, [GP_OP_MUL] = str_mul, [GP_OP_MOD] = str_mod},
    .nb_inplace = {[GP_OP_ADD] = str_iadd},
    .tp_new = str_new,
    .methods = gp_str_methods,
};

int gp_str_init(void)
{
    empty_str = gp_str_new_unchecked("", 0, 0, true);
    if (!empty_str) return -1;
    empty_str->refcnt = GP_IMMORTAL;
    for (int c = 0; c < 256; c++) {
        char buf[4];
        size_t n = gp_utf8_encode((uint32_t)c, buf);
        gp_obj *s = gp_str_new_unchecked(buf, n, 1, c < 0x80);
        if (!s) return -1;
        s->refcnt = GP_IMMORTAL;
        char_cache[c] = s;
    }
    return 0;
}
