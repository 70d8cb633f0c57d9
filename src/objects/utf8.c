/*
 * utf8.c — UTF-8 encoding and decoding helpers used by str, bytes and
 * the codecs. Strings are stored as valid UTF-8, so decoding inside the
 * object system never needs to re-validate.
 */
#include "types.h"
#include "internal.h"

uint32_t gp_utf8_decode(const unsigned char **pp)
{
    const unsigned char *p = *pp;
    uint32_t c = p[0];
    if (c < 0x80) { *pp = p + 1; return c; }
    if (c < 0xE0) { *pp = p + 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) {
        *pp = p + 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp = p + 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

size_t gp_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length in code points of valid UTF-8, or the negated (offset + 1) of the
 * first invalid byte. Surrogates (ED A0..BF) are accepted: the parser
 * produces them for "\ud800" escapes, as CPython's str can hold them. */
gp_ssize gp_utf8_check(const char *s, size_t n, const char **reason)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    gp_ssize count = 0;
    while (p < end) {
        unsigned c = *p;
        if (c < 0x80) { p++; count++; continue; }
        size_t len;
        uint32_t min;
        if (c >= 0xC2 && c < 0xE0) { len = 2; min = 0x80; }
        else if (c >= 0xE0 && c < 0xF0) { len = 3; min = 0x800; }
        else if (c >= 0xF0 && c < 0xF5) { len = 4; min = 0x10000; }
        else { *reason = "invalid start byte"; return -((gp_ssize)(p - (const unsigned char *)s) + 1); }
        if ((size_t)(end - p) < len) {
            for (size_t i = 1; i < (size_t)(end - p); i++)
                if ((p[i] & 0xC0) != 0x80) { *reason = "invalid continuation byte"; goto bad; }
            *reason = "unexpected end of data";
            goto bad;
        }
        for (size_t i = 1; i < len; i++)
            if ((p[i] & 0xC0) != 0x80) { *reason = "invalid continuation byte"; goto bad; }
        const unsigned char *q = p;
        uint32_t cp = gp_utf8_decode(&q);
        if (cp < min || cp > 0x10FFFF) { *reason = "invalid continuation byte"; goto bad; }
        p = q;
        count++;
    }
    return count;
bad:
    return -((gp_ssize)(p - (const unsigned char *)s) + 1);
}

gp_ssize gp_utf8_count(const char *s, size_t n)
{
    const char *reason;
    gp_ssize r = gp_utf8_check(s, n, &reason);
    return r < 0 ? -1 : r;
}
