/*
 * lex_source.c — from the bytes of a source file to the text the lexer
 * reads: an optional UTF-8 BOM dropped, the PEP 263 coding cookie honoured
 * (UTF-8 and ASCII as is, Latin-1 and cp1252 re-encoded; others are refused),
 * \r\n and \r turned into \n, then NUL bytes and invalid UTF-8 rejected
 * with CPython's messages. The result is NUL-terminated (twice, so the
 * lexer may look one byte past the end).
 */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "token.h"

static const char *lex_check_utf8(const unsigned char *s, size_t n, size_t *bad_pos)
{
    size_t i = 0;
    while (i < n) {
        /* ASCII runs eight bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int need;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
        else { *bad_pos = i; return "invalid start byte"; }
        unsigned cp = c & (0x3Fu >> need);
        for (int k = 1; k <= need; k++) {
            if (i + (size_t)k >= n) { *bad_pos = i; return "unexpected end of data"; }
            unsigned cc = s[i + (size_t)k];
            if ((cc & 0xC0) != 0x80) { *bad_pos = i; return "invalid continuation byte"; }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *bad_pos = i;
            return "invalid continuation byte";
        }
        i += (size_t)need + 1;
    }
    return NULL;
}

/* The PEP 263 cookie "coding[:=]NAME" in a comment on line 1 or 2. */
static bool lex_find_cookie(const char *s, size_t len, char *name, size_t cap, int *line)
{
    const char *end = s + len;
    for (int l = 1; l <= 2 && s < end; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *eol = nl ? nl : end;
        const char *p = s;
        while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        if (p < eol && *p == '#') {
            for (const char *q = p; q + 7 <= eol; q++) {
                if (memcmp(q, "coding", 6) == 0 && (q[6] == ':' || q[6] == '=')) {
                    q += 7;
                    while (q < eol && (*q == ' ' || *q == '\t'))
                        q++;
                    size_t n = 0;
                    while (q < eol && n + 1 < cap &&
                           ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
                            (*q >= '0' && *q <= '9') || *q == '-' || *q == '_' || *q == '.'))
                        name[n++] = *q++;
                    name[n] = '\0';
                    *line = l;
                    return n > 0;
                }
            }
        } else if (p < eol && *p != '\r') {
            return false;   /* code on line 1: no cookie on line 2 */
        }
        s = nl ? nl + 1 : end;
    }
    return false;
}

static int lex_encoding_kind(const char *name)
{
    char n[64];
    size_t i;
    for (i = 0; name[i] && i + 1 < sizeof n; i++)
        n[i] = name[i] == '_' ? '-' : (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    n[i] = '\0';
    if (strcmp(n, "utf-8") == 0 || strcmp(n, "utf8") == 0 || strncmp(n, "utf-8-", 6) == 0 ||
        strcmp(n, "ascii") == 0 || strcmp(n, "us-ascii") == 0)
        return 0;
    if (strcmp(n, "latin-1") == 0 || strcmp(n, "latin1") == 0 || strcmp(n, "iso-8859-1") == 0 ||
        strcmp(n, "iso8859-1") == 0 || strncmp(n, "iso-8859-1-", 11) == 0 || strcmp(n, "l1") == 0 ||
        strcmp(n, "iso-latin-1") == 0 || strncmp(n, "latin-1-", 8) == 0 || strcmp(n, "cp819") == 0)
        return 1;
    if (strcmp(n, "cp1252") == 0 || strcmp(n, "windows-1252") == 0)
        return 2;
    return -1;
}

static int decode_error(gp_syntax_error *err, int line, const char *fmt, const char *name)
{
    err->type = "SyntaxError";
    snprintf(err->msg, sizeof err->msg, fmt, name);
    err->lineno = err->end_lineno = line;
    return 1;
}

/* Windows-1252 differs from Latin-1 in 0x80-0x9F (0: undefined byte). */
static const unsigned short cp1252_high[32] = { 0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178 };

/* Latin-1 (and cp1252) map a byte to one code point: re-encode as UTF-8.
 * Returns NULL with *bad set for a byte cp1252 leaves undefined. */
static char *single_byte_to_utf8(gp_arena *arena, const char *src, size_t *len, bool cp1252,
                                 size_t *bad)
{
    char *out = gp_arena_alloc_raw(arena, *len * 3 + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < *len; i++) {
        unsigned c = (unsigned char)src[i];
        if (cp1252 && c >= 0x80 && c < 0xA0) {
            c = cp1252_high[c - 0x80];
            if (!c) {
                *bad = i;
                return NULL;
            }
        }
        if (c < 0x80) {
            out[n++] = (char)c;
        } else if (c < 0x800) {
            out[n++] = (char)(0xC0 | (c >> 6));
            out[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[n++] = (char)(0xE0 | (c >> 12));
            out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (c & 0x3F));
        }
    }
    *len = n;
    return out;
}

/* A NUL-terminated copy with universal newlines. */
static char *normalise_newlines(gp_arena *arena, const char *src, size_t len, size_t *outlen)
{
    char *copy = gp_arena_alloc_raw(arena, len + 2);
    if (!copy)
        return NULL;
    size_t n = 0;
    if (!memchr(src, '\r', len)) {
        memcpy(copy, src, len);
        n = len;
    } else {
        for (size_t i = 0; i < len; i++) {
            char c = src[i];
            if (c == '\r') {
                copy[n++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n')
                    i++;
            } else {
                copy[n++] = c;
            }
        }
    }
    copy[n] = '\0';
    copy[n + 1] = '\0';
    *outlen = n;
    return copy;
}

int gp_lex_decode_source(gp_arena *arena, const char *src, size_t len, const char **out,
                         size_t *outlen, gp_syntax_error *err)
{
    static const char empty[2] = "";
    *out = empty;
    *outlen = 0;
    if (!src || len == 0) {
        src = empty;
        len = 0;
    }
    bool bom = false;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
        bom = true;
    }
    char cookie[64];
    int cookie_line;
    if (lex_find_cookie(src, len, cookie, sizeof cookie, &cookie_line)) {
        int kind = lex_encoding_kind(cookie);
        bool plain_utf8 = strncmp(cookie, "utf-8", 5) == 0 || strncmp(cookie, "UTF-8", 5) == 0 ||
                          strncmp(cookie, "utf_8", 5) == 0;
        if (bom && !plain_utf8)
            return decode_error(err, cookie_line, "encoding problem: %s with BOM", cookie);
        if (kind < 0)
            return decode_error(err, cookie_line, "unknown encoding: %s", cookie);
        if (kind > 0) {
            size_t bad = (size_t)-1;
            const char *conv = single_byte_to_utf8(arena, src, &len, kind == 2, &bad);
            if (!conv && bad != (size_t)-1) {
                err->type = "SyntaxError";
                snprintf(err->msg, sizeof err->msg,
                         "(unicode error) 'charmap' codec can't decode byte 0x%02x in position %zu: "
                         "character maps to <undefined>", (unsigned char)src[bad], bad);
                return 1;
            }
            if (!conv)
                return -1;
            src = conv;
        }
    }
    size_t n;
    char *copy = normalise_newlines(arena, src, len, &n);
    if (!copy)
        return -1;
    *out = copy;
    *outlen = n;
    if (memchr(copy, '\0', n)) {
        err->type = "SyntaxError";
        snprintf(err->msg, sizeof err->msg, "source code cannot contain null bytes");
        return 1;
    }
    size_t bad;
    const char *why = lex_check_utf8((const unsigned char *)copy, n, &bad);
    if (why) {
        const char *ls = copy + bad;
        while (ls > copy && ls[-1] != '\n')
            ls--;
        int lineno = 1;
        for (const char *p = copy; p < ls; p++)
            lineno += *p == '\n';
        err->type = "SyntaxError";
        snprintf(err->msg, sizeof err->msg,
                 "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                 (unsigned char)copy[bad], (int)(copy + bad - ls), why);
        err->lineno = err->end_lineno = lineno;
        err->offset = 1;
        err->end_offset = -1;
        return 1;
    }
    return 0;
}
