/*
 * codecs.c — the text encodings the object system knows natively:
 * UTF-8, ASCII and Latin-1, with the error handlers strict, ignore,
 * replace, backslashreplace, xmlcharrefreplace (encode only),
 * surrogateescape and surrogatepass.  A str holds lone surrogates as their
 * 3-byte generalized UTF-8 form (ED A0..BF xx), which UTF-8 proper refuses:
 * encoding one goes through the error handler.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "types.h"
#include "internal.h"

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE, ENC_CP1252 } enc_kind;
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEESCAPE, ERR_SURROGATEPASS } err_kind;

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
    static const struct { const char *name; enc_kind k; const char *canon; } more[] = {
        {"utf-16", ENC_UTF16, "utf-16"}, {"utf16", ENC_UTF16, "utf-16"}, {"utf-16-le", ENC_UTF16LE, "utf-16-le"},
        {"utf-16le", ENC_UTF16LE, "utf-16-le"}, {"utf-16-be", ENC_UTF16BE, "utf-16-be"}, {"utf-16be", ENC_UTF16BE, "utf-16-be"},
        {"utf-32", ENC_UTF32, "utf-32"}, {"utf32", ENC_UTF32, "utf-32"}, {"utf-32-le", ENC_UTF32LE, "utf-32-le"},
        {"utf-32le", ENC_UTF32LE, "utf-32-le"}, {"utf-32-be", ENC_UTF32BE, "utf-32-be"}, {"utf-32be", ENC_UTF32BE, "utf-32-be"},
        {"cp1252", ENC_CP1252, "cp1252"}, {"windows-1252", ENC_CP1252, "cp1252"},
    };
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        if (!strcmp(buf, more[i].name)) { *out = more[i].k; *canon = more[i].canon; return 0; }
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
    else if (gp_str_eq_cstr(o, "surrogatepass")) *out = ERR_SURROGATEPASS;
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

/* cp1252's 0x80..0x9F block (0 = undefined) */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static int cp1252_byte(uint32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c < 0x100)) return (int)c;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] && cp1252_high[i] == c) return 0x80 + i;
    return -1;
}

static void put_unit(gp_strbuf *b, uint32_t v, int width, bool little)
{
    char t[4];
    for (int i = 0; i < width; i++) t[little ? i : width - 1 - i] = (char)((v >> (8 * i)) & 0xFF);
    gp_strbuf_add(b, t, (size_t)width);
}

static gp_obj *encode_wide(gp_obj *s, enc_kind enc)
{
    bool little = enc != ENC_UTF16BE && enc != ENC_UTF32BE;
    int width = enc == ENC_UTF32 || enc == ENC_UTF32LE || enc == ENC_UTF32BE ? 4 : 2;
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (enc == ENC_UTF16 || enc == ENC_UTF32) put_unit(&b, 0xFEFF, width, true);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s), *e = p + GP_STR_NBYTES(s);
    while (p < e) {
        uint32_t c = gp_utf8_decode(&p);
        if (width == 2 && c >= 0x10000) {
            c -= 0x10000;
            put_unit(&b, 0xD800 + (c >> 10), 2, little);
            put_unit(&b, 0xDC00 + (c & 0x3FF), 2, little);
        } else {
            put_unit(&b, c, width, little);
        }
    }
    if (b.failed) { gp_strbuf_free(&b); return NULL; }
    gp_obj *r = gp_bytes_new(b.data ? b.data : "", b.len);
    gp_strbuf_free(&b);
    return r;
}

static gp_obj *decode_wide(const unsigned char *d, gp_ssize n, enc_kind enc)
{
    bool little = enc != ENC_UTF16BE && enc != ENC_UTF32BE;
    int width = enc == ENC_UTF32 || enc == ENC_UTF32LE || enc == ENC_UTF32BE ? 4 : 2;
    gp_ssize i = 0;
    if ((enc == ENC_UTF16 && n >= 2) || (enc == ENC_UTF32 && n >= 4)) {
        if (d[0] == 0xFF && d[1] == 0xFE) { little = true; i = width; }
        else if (width == 2 && d[0] == 0xFE && d[1] == 0xFF) { little = false; i = 2; }
        else if (width == 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF) { little = false; i = 4; }
    }
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (; i + width <= n; i += width) {
        uint32_t c = 0;
        for (int k = 0; k < width; k++) c |= (uint32_t)d[i + (little ? k : width - 1 - k)] << (8 * k);
        if (width == 2 && c >= 0xD800 && c < 0xDC00 && i + 2 * width <= n) {
            uint32_t lo = little ? (uint32_t)(d[i + 2] | d[i + 3] << 8) : (uint32_t)(d[i + 3] | d[i + 2] << 8);
            if (lo >= 0xDC00 && lo < 0xE000) { c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00); i += 2; }
        }
        char t[4];
        gp_strbuf_add(&b, t, gp_utf8_encode(c, t));
    }
    if (i != n) {
        gp_strbuf_free(&b);
        return gp_err_set_str(gp_exc_UnicodeDecodeError, "truncated data");
    }
    return gp_strbuf_finish(&b);
}

static bool is_surrogate(uint32_t c) { return c >= 0xD800 && c < 0xE000; }

/* UTF-8 for a str that may hold lone surrogates (ED A0..BF xx). */
static gp_obj *encode_utf8_surrogates(gp_obj *s, err_kind err)
{
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s), *e = p + GP_STR_NBYTES(s);
    gp_ssize i = 0;
    while (p < e) {
        const unsigned char *start = p;
        uint32_t c = gp_utf8_decode(&p);
        if (!is_surrogate(c) || err == ERR_SURROGATEPASS) {
            gp_strbuf_add(&b, (const char *)start, (size_t)(p - start));
            i++;
            continue;
        }
        char tmp[16];
        if (err == ERR_SURROGATEESCAPE && c >= 0xDC80 && c < 0xDD00) {
            char ch = (char)(c - 0xDC00);
            gp_strbuf_add(&b, &ch, 1);
        } else if (err == ERR_STRICT || err == ERR_SURROGATEESCAPE) {
            gp_ssize end = i + 1;
            for (const unsigned char *q = p; q < e; end++) {
                const unsigned char *r = q;
                if (!is_surrogate(gp_utf8_decode(&r))) break;
                q = r;
            }
            gp_strbuf_free(&b);
            return unicode_error(gp_exc_UnicodeEncodeError, "utf-8", s, i, end, "surrogates not allowed");
        } else if (err == ERR_REPLACE) {
            gp_strbuf_add(&b, "?", 1);
        } else if (err == ERR_BACKSLASH) {
            snprintf(tmp, sizeof tmp, "\\u%04x", c);
            gp_strbuf_addc(&b, tmp);
        } else if (err == ERR_XMLREF) {
            snprintf(tmp, sizeof tmp, "&#%u;", c);
            gp_strbuf_addc(&b, tmp);
        }
        i++;
    }
    if (b.failed) { gp_strbuf_free(&b); return NULL; }
    gp_obj *r = gp_bytes_new(b.data ? b.data : "", b.len);
    gp_strbuf_free(&b);
    return r;
}

gp_obj *gp_str_encode_impl(gp_obj *s, gp_obj *encoding, gp_obj *errors)
{
    enc_kind enc;
    err_kind err;
    const char *canon;
    if (parse_encoding(encoding, &enc, &canon) < 0 || parse_errors(errors, &err) < 0) return NULL;
    if (enc >= ENC_UTF16 && enc <= ENC_UTF32BE) return encode_wide(s, enc);
    if (((gp_strobj *)s)->ascii || (enc == ENC_UTF8 && !memchr(GP_STR_DATA(s), 0xED, (size_t)GP_STR_NBYTES(s))))
        return gp_bytes_new(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    if (enc == ENC_UTF8) return encode_utf8_surrogates(s, err);
    uint32_t limit = enc == ENC_ASCII ? 128 : 256;
    bool cp1252 = enc == ENC_CP1252;
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s), *e = p + GP_STR_NBYTES(s);
    gp_ssize i = 0;
    while (p < e) {
        uint32_t c = gp_utf8_decode(&p);
        int cb = cp1252 ? cp1252_byte(c) : -1;
        if (cb >= 0) { char ch = (char)cb; gp_strbuf_add(&b, &ch, 1); i++; continue; }
        if (!cp1252 && c < limit) { char ch = (char)c; gp_strbuf_add(&b, &ch, 1); i++; continue; }
        if (err == ERR_SURROGATEESCAPE && c >= 0xDC80 && c < 0xDD00) {
            char ch = (char)(c - 0xDC00);
            gp_strbuf_add(&b, &ch, 1);
            i++;
            continue;
        }
        char tmp[16];
        switch (err) {
        case ERR_STRICT: case ERR_SURROGATEESCAPE: case ERR_SURROGATEPASS: {
            gp_ssize end = i + 1;
            const unsigned char *q = p;
            while (q < e) {
                const unsigned char *r = q;
                uint32_t c2 = gp_utf8_decode(&r);
                if (cp1252 ? cp1252_byte(c2) >= 0 : c2 < limit) break;
                q = r;
                end++;
            }
            gp_strbuf_free(&b);
            return unicode_error(gp_exc_UnicodeEncodeError, canon, s, i, end,
                                 cp1252 ? "character maps to <undefined>"
                                 : limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)");
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

/* The first encoded surrogate (ED A0..BF) in d[from, to), or -1. */
static gp_ssize find_encoded_surrogate(const unsigned char *d, gp_ssize from, gp_ssize to)
{
    for (gp_ssize k = from; k + 1 < to; k++) {
        const unsigned char *p = memchr(d + k, 0xED, (size_t)(to - 1 - k));
        if (!p) return -1;
        k = p - d;
        if (d[k + 1] >= 0xA0) return k;
    }
    return -1;
}

gp_obj *gp_bytes_decode_impl(const char *data, size_t n, gp_obj *encoding, gp_obj *errors)
{
    enc_kind enc;
    err_kind err;
    const char *canon;
    if (parse_encoding(encoding, &enc, &canon) < 0 || parse_errors(errors, &err) < 0) return NULL;
    if (enc >= ENC_UTF16 && enc <= ENC_UTF32BE) return decode_wide((const unsigned char *)data, (gp_ssize)n, enc);
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *d = (const unsigned char *)data;
    gp_ssize i = 0, len = (gp_ssize)n;
    while (i < len) {
        gp_ssize bad, skip;
        const char *reason;
        if (enc == ENC_UTF8) {
            /* gp_utf8_check accepts encoded surrogates (str's own form);
             * UTF-8 proper does not */
            gp_ssize r = gp_utf8_check(data + i, (size_t)(len - i), &reason);
            gp_ssize valid_end = r >= 0 ? len : i + (-r - 1);
            gp_ssize sur = find_encoded_surrogate(d, i, valid_end);
            if (sur >= 0) {
                bad = sur;
                skip = 1;
                reason = "invalid continuation byte";
            } else if (r >= 0) {
                gp_strbuf_add(&b, data + i, (size_t)(len - i));
                break;
            } else {
                bad = valid_end;
                skip = invalid_len(d + bad, len - bad);
                if (!strcmp(reason, "unexpected end of data")) skip = len - bad;
            }
        } else {
            gp_ssize j = i;
            if (enc == ENC_LATIN1 || enc == ENC_CP1252) {
                for (; j < len; j++) {
                    uint32_t c = d[j];
                    if (enc == ENC_CP1252 && c >= 0x80 && c < 0xA0 && cp1252_high[c - 0x80]) c = cp1252_high[c - 0x80];
                    char tmp[4];
                    gp_strbuf_add(&b, tmp, gp_utf8_encode(c, tmp));
                }
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
        case ERR_SURROGATEPASS:
            /* an encoded surrogate (ED A0..BF 80..BF) passes; anything else
             * is an error as under strict */
            if (enc == ENC_UTF8 && bad + 3 <= len && d[bad] == 0xED && d[bad + 1] >= 0xA0 &&
                d[bad + 1] <= 0xBF && (d[bad + 2] & 0xC0) == 0x80) {
                gp_strbuf_add(&b, data + bad, 3);
                skip = 3;
                break;
            }
            {
                gp_strbuf_free(&b);
                gp_obj *obj = gp_bytes_new(data, n);
                if (!obj) return NULL;
                unicode_error(gp_exc_UnicodeDecodeError, canon, obj, bad, bad + skip, reason);
                gp_decref(obj);
                return NULL;
            }
        }
        i = bad + skip;
    }
    return gp_strbuf_finish(&b);
}
