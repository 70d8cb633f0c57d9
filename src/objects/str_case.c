/*
 * str_case.c — str methods that look at characters one by one: case
 * mapping, the is*() predicates, padding (center, ljust, rjust, zfill),
 * expandtabs, translate and maketrans; and the method table of str.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "str_internal.h"

typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_FOLD, CASE_TITLE, CASE_CAPITALIZE } case_kind;

static bool is_cased(uint32_t c) { return gp_unicode_isupper(c) || gp_unicode_islower(c); }

static void add_cp(gp_strbuf *b, uint32_t c)
{
    char enc[4];
    gp_strbuf_add(b, enc, gp_utf8_encode(c, enc));
}

/* Upper-cases c into b ('ß' becomes "SS" as in Unicode's full mapping). */
static void add_upper(gp_strbuf *b, uint32_t c, bool title)
{
    const char *special = gp_unicode_special_upper(c, title);
    if (special) { gp_strbuf_addc(b, special); return; }
    add_cp(b, title ? gp_unicode_totitle(c) : gp_unicode_toupper(c));
}

static gp_obj *map_case(gp_obj *self, case_kind kind)
{
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self), *e = p + GP_STR_NBYTES(self);
    bool prev_cased = false, first = true;
    while (p < e) {
        uint32_t c = gp_utf8_decode(&p);
        switch (kind) {
        case CASE_UPPER: add_upper(&b, c, false); break;
        case CASE_LOWER: add_cp(&b, gp_unicode_tolower(c)); break;
        case CASE_FOLD:
            if (c == 0xDF) gp_strbuf_addc(&b, "ss");
            else add_cp(&b, gp_unicode_tolower(c));
            break;
        case CASE_SWAP:
            if (gp_unicode_isupper(c)) add_cp(&b, gp_unicode_tolower(c));
            else if (gp_unicode_islower(c)) add_upper(&b, c, false);
            else add_cp(&b, c);
            break;
        case CASE_TITLE:
            if (prev_cased) add_cp(&b, gp_unicode_tolower(c));
            else add_upper(&b, c, true);
            prev_cased = is_cased(c);
            break;
        case CASE_CAPITALIZE:
            if (first) add_upper(&b, c, true);
            else add_cp(&b, gp_unicode_tolower(c));
            break;
        }
        first = false;
    }
    return gp_strbuf_finish(&b);
}

static gp_obj *ascii_case(gp_obj *self, bool upper)
{
    gp_ssize n = GP_STR_NBYTES(self);
    gp_obj *r = gp_str_new_unchecked(NULL, (size_t)n, n, true);
    if (!r) return NULL;
    const char *s = GP_STR_DATA(self);
    char *d = GP_STR_DATA(r);
    for (gp_ssize i = 0; i < n; i++) {
        char c = s[i];
        if (upper && c >= 'a' && c <= 'z') c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z') c += 32;
        d[i] = c;
    }
    d[n] = 0;
    return r;
}

#define NOARGS(name) if (gp_check_nargs(#name, nargs, kw, 0, 0) < 0) return NULL
STR_METHOD(upper) { NOARGS(upper); return ((gp_strobj *)self)->ascii ? ascii_case(self, true) : map_case(self, CASE_UPPER); }
STR_METHOD(lower) { NOARGS(lower); return ((gp_strobj *)self)->ascii ? ascii_case(self, false) : map_case(self, CASE_LOWER); }
STR_METHOD(swapcase) { NOARGS(swapcase); return map_case(self, CASE_SWAP); }
STR_METHOD(casefold) { NOARGS(casefold); return map_case(self, CASE_FOLD); }
STR_METHOD(title) { NOARGS(title); return map_case(self, CASE_TITLE); }
STR_METHOD(capitalize) { NOARGS(capitalize); return map_case(self, CASE_CAPITALIZE); }

/* ---- predicates ------------------------------------------------------------------------ */

static gp_obj *all_chars(gp_obj *self, bool (*pred)(uint32_t))
{
    if (GP_STR_NBYTES(self) == 0) return gp_bool_new(false);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self), *e = p + GP_STR_NBYTES(self);
    while (p < e)
        if (!pred(gp_utf8_decode(&p))) return gp_bool_new(false);
    return gp_bool_new(true);
}

STR_METHOD(isdigit) { NOARGS(isdigit); return all_chars(self, gp_unicode_isdigit); }
STR_METHOD(isalpha) { NOARGS(isalpha); return all_chars(self, gp_unicode_isalpha); }
STR_METHOD(isalnum) { NOARGS(isalnum); return all_chars(self, gp_unicode_isalnum); }
STR_METHOD(isspace) { NOARGS(isspace); return all_chars(self, gp_str_isspace_cp); }
STR_METHOD(isdecimal) { NOARGS(isdecimal); return all_chars(self, gp_unicode_isdecimal); }
STR_METHOD(isnumeric) { NOARGS(isnumeric); return all_chars(self, gp_unicode_isnumeric); }
STR_METHOD(isascii) { NOARGS(isascii); return gp_bool_new(((gp_strobj *)self)->ascii); }

STR_METHOD(isprintable)
{
    NOARGS(isprintable);
    if (GP_STR_NBYTES(self) == 0) return gp_bool_new(true);
    return all_chars(self, gp_unicode_isprintable);
}

static gp_obj *cased_check(gp_obj *self, bool upper)
{
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self), *e = p + GP_STR_NBYTES(self);
    bool any = false;
    while (p < e) {
        uint32_t c = gp_utf8_decode(&p);
        if (upper ? gp_unicode_islower(c) : gp_unicode_isupper(c)) return gp_bool_new(false);
        any = any || (upper ? gp_unicode_isupper(c) : gp_unicode_islower(c));
    }
    return gp_bool_new(any);
}

STR_METHOD(isupper) { NOARGS(isupper); return cased_check(self, true); }
STR_METHOD(islower) { NOARGS(islower); return cased_check(self, false); }

STR_METHOD(istitle)
{
    NOARGS(istitle);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self), *e = p + GP_STR_NBYTES(self);
    bool prev_cased = false, any = false;
    while (p < e) {
        uint32_t c = gp_utf8_decode(&p);
        if (gp_unicode_isupper(c)) {
            if (prev_cased) return gp_bool_new(false);
            prev_cased = any = true;
        } else if (gp_unicode_islower(c)) {
            if (!prev_cased) return gp_bool_new(false);
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
    }
    return gp_bool_new(any);
}

STR_METHOD(isidentifier)
{
    NOARGS(isidentifier);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self), *e = p + GP_STR_NBYTES(self);
    if (p == e || !gp_unicode_isidstart(gp_utf8_decode(&p))) return gp_bool_new(false);
    while (p < e)
        if (!gp_unicode_isidcontinue(gp_utf8_decode(&p))) return gp_bool_new(false);
    return gp_bool_new(true);
}

/* ---- padding ---------------------------------------------------------------------------------- */

static int pad_args(const char *name, gp_obj *const *args, size_t nargs, gp_obj *kw, gp_ssize *width, gp_obj **fill)
{
    if (gp_check_nargs(name, nargs, kw, 1, 2) < 0) return -1;
    if ((*width = gp_index_ssize(args[0])) == -1 && gp_err_occurred()) return -1;
    *fill = NULL;
    if (nargs > 1) {
        if (!GP_STR_CHECK(args[1])) {
            gp_err_format(gp_exc_TypeError, "%s() argument 2 must be str, not %T", name, args[1]);
            return -1;
        }
        if (GP_STR_LEN(args[1]) != 1) {
            gp_err_set_str(gp_exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = args[1];
    }
    return 0;
}

gp_obj *gp_str_pad(gp_obj *self, gp_ssize left, gp_ssize right, gp_obj *fill)
{
    if (left <= 0 && right <= 0 && GP_STR_EXACT(self)) return gp_incref(self);
    gp_strbuf b;
    gp_strbuf_init(&b);
    const char *f = fill ? GP_STR_DATA(fill) : " ";
    size_t fn = fill ? (size_t)GP_STR_NBYTES(fill) : 1;
    /* 'x'.ljust(2**62): fail with MemoryError before looping 2**62 times */
    size_t pad = (size_t)(left > 0 ? left : 0) + (size_t)(right > 0 ? right : 0);
    if (pad > ((size_t)INTPTR_MAX - (size_t)GP_STR_NBYTES(self)) / fn / 2) return gp_err_nomemory();
    void *probe = malloc(pad * fn + (size_t)GP_STR_NBYTES(self) + 1);
    if (!probe) return gp_err_nomemory();
    free(probe);
    for (gp_ssize i = 0; i < left && !b.failed; i++) gp_strbuf_add(&b, f, fn);
    gp_strbuf_add(&b, GP_STR_DATA(self), (size_t)GP_STR_NBYTES(self));
    for (gp_ssize i = 0; i < right && !b.failed; i++) gp_strbuf_add(&b, f, fn);
    return gp_strbuf_finish(&b);
}

STR_METHOD(ljust)
{
    gp_ssize w;
    gp_obj *fill;
    if (pad_args("ljust", args, nargs, kw, &w, &fill) < 0) return NULL;
    return gp_str_pad(self, 0, w - GP_STR_LEN(self), fill);
}

STR_METHOD(rjust)
{
    gp_ssize w;
    gp_obj *fill;
    if (pad_args("rjust", args, nargs, kw, &w, &fill) < 0) return NULL;
    return gp_str_pad(self, w - GP_STR_LEN(self), 0, fill);
}

STR_METHOD(center)
{
    gp_ssize w;
    gp_obj *fill;
    if (pad_args("center", args, nargs, kw, &w, &fill) < 0) return NULL;
    gp_ssize pad = w - GP_STR_LEN(self);
    if (pad <= 0) return gp_str_pad(self, 0, 0, fill);
    gp_ssize left = pad / 2 + (pad & w & 1);
    return gp_str_pad(self, left, pad - left, fill);
}

STR_METHOD(zfill)
{
    if (gp_check_nargs("str.zfill", nargs, kw, 1, 1) < 0) return NULL;
    gp_ssize w = gp_index_ssize(args[0]);
    if (w == -1 && gp_err_occurred()) return NULL;
    gp_ssize pad = w - GP_STR_LEN(self);
    if (pad <= 0) return gp_str_pad(self, 0, 0, NULL);
    const char *d = GP_STR_DATA(self);
    bool sign = GP_STR_NBYTES(self) > 0 && (d[0] == '+' || d[0] == '-');
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (sign) gp_strbuf_add(&b, d, 1);
    for (gp_ssize i = 0; i < pad; i++) gp_strbuf_add(&b, "0", 1);
    gp_strbuf_add(&b, d + sign, (size_t)(GP_STR_NBYTES(self) - sign));
    return gp_strbuf_finish(&b);
}

STR_METHOD(expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    gp_obj *a[1];
    if (gp_parse_args("expandtabs", args, nargs, kw, names, 1, 0, a) < 0) return NULL;
    gp_ssize ts = 8;
    if (a[0] && (ts = gp_index_ssize(a[0])) == -1 && gp_err_occurred()) return NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self), *e = p + GP_STR_NBYTES(self);
    gp_ssize col = 0;
    while (p < e) {
        const unsigned char *s = p;
        uint32_t c = gp_utf8_decode(&p);
        if (c == '\t') {
            if (ts > 0) {
                gp_ssize n = ts - col % ts;
                for (gp_ssize i = 0; i < n; i++) gp_strbuf_add(&b, " ", 1);
                col += n;
            }
        } else {
            gp_strbuf_add(&b, (const char *)s, (size_t)(p - s));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return gp_strbuf_finish(&b);
}

/* ---- translate / maketrans ------------------------------------------------------------------- */

STR_METHOD(translate)
{
    if (gp_check_nargs("str.translate", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *table = args[0];
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(self), *e = p + GP_STR_NBYTES(self);
    while (p < e && !b.failed) {
        const unsigned char *s = p;
        uint32_t c = gp_utf8_decode(&p);
        gp_obj *key = gp_int_from_i64(c);
        gp_obj *v = key ? gp_getitem(table, key) : NULL;
        gp_xdecref(key);
        if (!v) {
            if (!gp_err_matches(gp_exc_LookupError)) { gp_strbuf_free(&b); return NULL; }
            gp_err_clear();
            gp_strbuf_add(&b, (const char *)s, (size_t)(p - s));
            continue;
        }
        if (GP_INT_CHECK(v)) {
            int ovf;
            int64_t x = gp_int_as_i64(v, &ovf);
            if (ovf || x < 0 || x > 0x10FFFF) {
                gp_decref(v);
                gp_strbuf_free(&b);
                return gp_err_set_str(gp_exc_ValueError, "character mapping must be in range(0x110000)");
            }
            add_cp(&b, (uint32_t)x);
        } else if (GP_STR_CHECK(v)) {
            gp_strbuf_add(&b, GP_STR_DATA(v), (size_t)GP_STR_NBYTES(v));
        } else if (v != gp_None) {
            gp_decref(v);
            gp_strbuf_free(&b);
            return gp_err_set_str(gp_exc_TypeError, "character mapping must return integer, None or str");
        }
        gp_decref(v);
    }
    return gp_strbuf_finish(&b);
}

static gp_obj *str_maketrans(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("maketrans", nargs, kw, 1, 3) < 0) return NULL;
    gp_obj *d = gp_dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        if (!GP_DICT_CHECK(args[0])) {
            gp_decref(d);
            return gp_err_set_str(gp_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        gp_ssize pos = 0;
        gp_obj *k, *v;
        while (gp_dict_next(args[0], &pos, &k, &v)) {
            gp_obj *key = NULL;
            if (GP_STR_CHECK(k) && GP_STR_LEN(k) == 1) {
                const unsigned char *p = (const unsigned char *)GP_STR_DATA(k);
                key = gp_int_from_i64(gp_utf8_decode(&p));
            } else if (GP_INT_CHECK(k)) {
                key = gp_incref(k);
            } else {
                gp_decref(d);
                return gp_err_set_str(gp_exc_TypeError, "keys in translate table must be strings or integers");
            }
            int r = key ? gp_dict_set(d, key, v) : -1;
            gp_xdecref(key);
            if (r < 0) { gp_decref(d); return NULL; }
        }
        return d;
    }
    gp_obj *x = args[0], *y = args[1];
    if (!GP_STR_CHECK(x) || !GP_STR_CHECK(y) || GP_STR_LEN(x) != GP_STR_LEN(y)) {
        gp_decref(d);
        return gp_err_set_str(gp_exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(x), *q = (const unsigned char *)GP_STR_DATA(y);
    for (gp_ssize i = 0; i < GP_STR_LEN(x); i++) {
        gp_obj *k = gp_int_from_i64(gp_utf8_decode(&p)), *v = gp_int_from_i64(gp_utf8_decode(&q));
        int r = k && v ? gp_dict_set(d, k, v) : -1;
        gp_xdecref(k);
        gp_xdecref(v);
        if (r < 0) { gp_decref(d); return NULL; }
    }
    if (nargs > 2 && GP_STR_CHECK(args[2])) {
        const unsigned char *z = (const unsigned char *)GP_STR_DATA(args[2]);
        for (gp_ssize i = 0; i < GP_STR_LEN(args[2]); i++) {
            gp_obj *k = gp_int_from_i64(gp_utf8_decode(&z));
            int r = k ? gp_dict_set(d, k, gp_None) : -1;
            gp_xdecref(k);
            if (r < 0) { gp_decref(d); return NULL; }
        }
    }
    return d;
}

STR_METHOD(format_map)
{
    if (gp_check_nargs("str.format_map", nargs, kw, 1, 1) < 0) return NULL;
    return gp_str_format_mapping(self, args[0]);
}

STR_METHOD(__format__)
{
    if (gp_check_nargs("str.__format__", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return gp_format_str(self, args[0]);
}

STR_METHOD(__getnewargs__)
{
    gp_obj *s = gp_str_substr(self, 0, GP_STR_LEN(self));
    if (!s) return NULL;
    gp_obj *t = gp_tuple_pack(1, s);
    gp_decref(s);
    return t;
}

STR_METHOD(encode)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    gp_obj *a[2];
    if (gp_parse_args("encode", args, nargs, kw, names, 2, 0, a) < 0) return NULL;
    return gp_str_encode_impl(self, a[0], a[1]);
}

const gp_methoddef gp_str_methods[] = {
#define GP__STRM_ROW(name) {#name, gp_strm_##name, 0, NULL},
    STR_METHODS(GP__STRM_ROW)
#undef GP__STRM_ROW
    {"format", gp_str_format_method, 0, NULL},
    {"maketrans", str_maketrans, GP_METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};
