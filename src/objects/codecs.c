/*
 * codecs.c — the text encodings the object system knows natively:
 * UTF-8, ASCII and Latin-1, with the error handlers strict, ignore,
 * replace, backslashreplace and xmlcharrefreplace (encode only).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "types.h"
#include "internal.h"

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 } enc_kind;
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEESCAPE } err_kind;

static int parse_encoding(gp_obj *o, enc_kind *out, const char **canon)
{
    if (!o) { *out = ENC_UTF8; *canon = "utf-8"; return 0; }
    if (!GP_STR_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "encode() argument 'encoding' must be str, not %T", o);
        return -1;
    }
    char buf[32];
    gp_ssize n = GP_STR_NBYTES(o);
    if (n >= (gp_ssize)sizeof buf) goto unknown;
    for (gp_ssize i = 0; i <= n; i++) {
        char c = GP_STR_DATA(o)[i];
        buf[i] = c == '_' || c == ' ' ? '-' : (char)tolower((unsigned char)c);
    }
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", NULL};
    static const char *const latin[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100", NULL};
    for (int i = 0; utf8[i]; i++) if (!strcmp(buf, utf8[i])) { *out = ENC_UTF8; *canon = "utf-8"; return 0; }
    for (int i = 0; ascii[i]; i++) if (!strcmp(buf, ascii[i])) { *out = ENC_ASCII; *canon = "ascii"; return 0; }
    for (int i = 0; latin[i]; i++) if (!strcmp(buf, latin[i])) { *out = ENC_LATIN1; *canon = "latin-1"; return 0; }
unknown:
    gp_err_format(gp_exc_LookupError, "unknown encoding: %U", o);
    return -1;
}

static int parse_errors(gp_obj *o, err_kind *out)
{
    *out = ERR_STRICT;
    if (!o) return 0;
    if (!GP_STR_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "argument 'errors' must be str, not %T", o);
        return -1;
    }
    if (gp_str_eq_cstr(o, "strict")) *out = ERR_STRICT;
    else if (gp_str_eq_cstr(o, "ignore")) *out = ERR_IGNORE;
    else if (gp_str_eq_cstr(o, "replace")) *out = ERR_REPLACE;
    else if (gp_str_eq_cstr(o, "backslashreplace")) *out = ERR_BACKSLASH;
    else if (gp_str_eq_cstr(o, "xmlcharrefreplace")) *out = ERR_XMLREF;
    else if (gp_str_eq_cstr(o, "surrogateescape")) *out = ERR_SURROGATEESCAPE;
    else {
        gp_err_format(gp_exc_LookupError, "unknown error handler name '%U'", o);
        return -1;
    }
    return 0;
}

static gp_obj *unicode_error(gp_type *t, const char *enc, gp_obj *obj, gp_ssize start, gp_ssize end, const char *reason)
{
    gp_obj *e = gp_str_from_cstr(enc), *s = gp_int_from_i64(start), *en = gp_int_from_i64(end), *r = gp_str_from_cstr(reason);
    gp_obj *args = e && s && en && r ? gp_tuple_pack(5, e, obj, s, en, r) : NULL;
    gp_xdecref(e);
    gp_xdecref(s);
    gp_xdecref(en);
    gp_xdecref(r);
    if (args) { gp_err_set(t, args); gp_decref(args); }
    return NULL;
}

gp_obj *gp_str_encode_impl(gp_obj *s, gp_obj *encoding, gp_obj *errors)
{
    enc_kind enc;
    err_kind err;
    const char *canon;
    if (parse_encoding(encoding, &enc, &canon) < 0 || parse_errors(errors, &err) < 0) return NULL;
    if (enc == ENC_UTF8 || ((gp_strobj *)s)->ascii) return gp_bytes_new(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    uint32_t limit = enc == ENC_ASCII ? 128 : 256;
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s), *e = p + GP_STR_NBYTES(s);
    gp_ssize i = 0;
    while (p < e) {
        uint32_t c = gp_utf8_decode(&p);
        if (c < limit) { char ch = (char)c; gp_strbuf_add(&b, &ch, 1); i++; continue; }
        char tmp[16];
        switch (err) {
        case ERR_STRICT: case ERR_SURROGATEESCAPE: {
            gp_ssize end = i + 1;
            const unsigned char *q = p;
            while (q < e) { const unsigned char *r = q; if (gp_utf8_decode(&r) < limit) break; q = r; end++; }
            gp_strbuf_free(&b);
            return unicode_error(gp_exc_UnicodeEncodeError, canon, s, i, end,
                                 limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)");
        }
        case ERR_IGNORE: break;
        case ERR_REPLACE: gp_strbuf_add(&b, "?", 1); break;
        case ERR_BACKSLASH:
            if (c < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", c);
            else if (c < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", c);
            else snprintf(tmp, sizeof tmp, "\\U%08x", c);
            gp_strbuf_addc(&b, tmp);
            break;
        case ERR_XMLREF: snprintf(tmp, sizeof tmp, "&#%u;", c); gp_strbuf_addc(&b, tmp); break;
        }
        i++;
    }
    if (b.failed) { gp_strbuf_free(&b); return NULL; }
    gp_obj *r = gp_bytes_new(b.data ? b.data : "", b.len);
    gp_strbuf_free(&b);
    return r;
}

/* Bytes to skip for the invalid UTF-8 sequence starting at d[0]. */
static gp_ssize invalid_len(const unsigned char *d, gp_ssize n)
{
    unsigned c = d[0];
    gp_ssize need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
    gp_ssize k = 1;
    while (k < need && k < n && (d[k] & 0xC0) == 0x80) k++;
    return need == 1 ? 1 : k;
}

gp_obj *gp_bytes_decode_impl(const char *data, size_t n, gp_obj *encoding, gp_obj *errors)
{
    enc_kind enc;
    err_kind err;
    const char *canon;
    if (parse_encoding(encoding, &enc, &canon) < 0 || parse_errors(errors, &err) < 0) return NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *d = (const unsigned char *)data;
    gp_ssize i = 0, len = (gp_ssize)n;
    while (i < len) {
        gp_ssize bad, skip;
        const char *reason;
        if (enc == ENC_UTF8) {
            gp_ssize r = gp_utf8_check(data + i, (size_t)(len - i), &reason);
            if (r >= 0) { gp_strbuf_add(&b, data + i, (size_t)(len - i)); break; }
            bad = i + (-r - 1);
            skip = invalid_len(d + bad, len - bad);
            if (!strcmp(reason, "unexpected end of data")) skip = len - bad;
        } else {
            gp_ssize j = i;
            if (enc == ENC_LATIN1) {
                for (; j < len; j++) { char tmp[4]; gp_strbuf_add(&b, tmp, gp_utf8_encode(d[j], tmp)); }
                break;
            }
            while (j < len && d[j] < 0x80) j++;
            if (j == len) { gp_strbuf_add(&b, data + i, (size_t)(len - i)); break; }
            bad = j;
            skip = 1;
            reason = "ordinal not in range(128)";
        }
        gp_strbuf_add(&b, data + i, (size_t)(bad - i));
        char tmp[8];
        switch (err) {
        case ERR_STRICT: case ERR_XMLREF: {
            gp_strbuf_free(&b);
            gp_obj *obj = gp_bytes_new(data, n);
            if (!obj) return NULL;
            unicode_error(gp_exc_UnicodeDecodeError, canon, obj, bad, bad + skip, reason);
            gp_decref(obj);
            return NULL;
        }
        case ERR_IGNORE: break;
        case ERR_REPLACE: gp_strbuf_addc(&b, "\xEF\xBF\xBD"); break;
        case ERR_BACKSLASH:
            for (gp_ssize k = 0; k < skip; k++) { snprintf(tmp, sizeof tmp, "\\x%02x", d[bad + k]); gp_strbuf_addc(&b, tmp); }
            break;
        case ERR_SURROGATEESCAPE:
            for (gp_ssize k = 0; k < skip; k++) gp_strbuf_add(&b, tmp, gp_utf8_encode(0xDC00 + d[bad + k], tmp));
            break;
        }
        i = bad + skip;
    }
    return gp_strbuf_finish(&b);
}
