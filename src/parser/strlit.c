/*
 * strlit.c — literal tokens to constants: numbers, string and bytes
 * literals with every escape, implicit concatenation of adjacent literals,
 * and the hand-off of f-string pieces to fstring.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser.h"

void gp_parse_strbuf_add(gp_parser *p, gp_strbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->n + n + 1)
            ncap *= 2;
        char *ns = gp_parse_alloc(p, ncap);
        if (b->n)
            memcpy(ns, b->s, b->n);
        b->s = ns;
        b->cap = ncap;
    }
    if (n)
        memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void strbuf_utf8(gp_parser *p, gp_strbuf *b, unsigned cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    gp_parse_strbuf_add(p, b, u, n);
}

/* ---- numbers ---- */

gp_expr *gp_parse_number(gp_parser *p, const gp_token *t)
{
    char *text = gp_parse_alloc(p, (size_t)t->len + 1);
    size_t n = 0;
    for (int i = 0; i < t->len; i++)
        if (t->start[i] != '_')
            text[n++] = t->start[i];
    text[n] = '\0';
    gp_loc loc = gp_parse_tok_loc(t);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_CONSTANT, &loc);
    gp_const *c = &e->v.constant;
    c->text = text;
    c->len = n;
    char last = text[n - 1];
    bool radix = n > 1 && text[0] == '0' && strchr("xXoObB", text[1]);
    if (last == 'j' || last == 'J') {
        c->kind = GP_CONST_IMAG;
        text[n - 1] = '\0';
        c->f = strtod(text, NULL);
        text[n - 1] = last;
    } else if (!radix && strpbrk(text, ".eE")) {
        c->kind = GP_CONST_FLOAT;
        c->f = strtod(text, NULL);
    } else {
        c->kind = GP_CONST_INT;
    }
    return e;
}

/* ---- escapes ---- */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static GP_PARSE_NORETURN void escape_error(gp_parser *p, bool bytes, size_t from, size_t to,
                                           const char *what)
{
    gp_token *t = gp_parse_cur(p);
    if (bytes)
        gp_parse_error_tok(p, t, "(value error) invalid \\x escape at position %zu", from);
    if (to > from)
        gp_parse_error_tok(p, t, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                           "position %zu-%zu: %s", from, to, what);
    gp_parse_error_tok(p, t, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in "
                       "position %zu: %s", from, what);
}

void gp_parse_decode_string(gp_parser *p, const gp_token *t, const char *s, size_t n,
                            bool raw, bool bytes, gp_strbuf *b)
{
    if (bytes) {
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80)
                gp_parse_error_tok(p, t, "bytes can only contain ASCII literal characters");
    }
    if (raw || !memchr(s, '\\', n)) {
        gp_parse_strbuf_add(p, b, s, n);
        return;
    }
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        if (!bs) {
            gp_parse_strbuf_add(p, b, s + i, n - i);
            break;
        }
        size_t k = (size_t)(bs - s);
        gp_parse_strbuf_add(p, b, s + i, k - i);
        i = k + 1;
        if (i >= n) {
            escape_error(p, false, k, k, "\\ at end of string");
        }
        char c = s[i++];
        char ch;
        switch (c) {
        case '\n': continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'a': ch = '\a'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 't': ch = '\t'; break;
        case 'v': ch = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int d = 0; d < 2 && i < n && s[i] >= '0' && s[i] <= '7'; d++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (bytes) {
                char bc = (char)(v & 0xFF);
                gp_parse_strbuf_add(p, b, &bc, 1);
            } else {
                strbuf_utf8(p, b, v);
            }
            continue;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x')
                goto keep;
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            unsigned v = 0;
            int d;
            for (d = 0; d < digits && i < n && hexval((unsigned char)s[i]) >= 0; d++)
                v = v * 16 + (unsigned)hexval((unsigned char)s[i++]);
            if (d < digits)
                escape_error(p, bytes, k, i - 1,
                             c == 'x' ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            if (bytes) {
                char bc = (char)v;
                gp_parse_strbuf_add(p, b, &bc, 1);
            } else {
                if (v > 0x10FFFF)
                    escape_error(p, false, k, i - 1, "illegal Unicode character");
                strbuf_utf8(p, b, v);
            }
            continue;
        }
        case 'N': {
            if (bytes)
                goto keep;
            if (i >= n || s[i] != '{')
                escape_error(p, false, k, i - 1, "malformed \\N character escape");
            const char *close = memchr(s + i, '}', n - i);
            if (!close || close == s + i + 1)
                escape_error(p, false, k, close ? (size_t)(close - s) : n - 1,
                             "malformed \\N character escape");
            unsigned cp;
            if (!gp_parse_unicode_name(s + i + 1, (size_t)(close - s - i - 1), &cp))
                escape_error(p, false, k, (size_t)(close - s), "unknown Unicode character name");
            strbuf_utf8(p, b, cp);
            i = (size_t)(close - s) + 1;
            continue;
        }
        default:
        keep:
            /* Unknown escapes stay as written (CPython only warns). */
            gp_parse_strbuf_add(p, b, s + k, 2);
            if ((unsigned char)c >= 0x80) {
                /* keep the rest of a multi-byte character intact */
                while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
                    gp_parse_strbuf_add(p, b, s + i++, 1);
            }
            continue;
        }
        gp_parse_strbuf_add(p, b, &ch, 1);
    }
}

/* ---- adjacent literals ---- */

typedef struct strinfo {
    bool raw, bytes, fmt, u;
    const char *body;
    size_t n;
} strinfo;

static void split_token(const gp_token *t, strinfo *si)
{
    const char *s = t->start;
    int pre = 0;
    memset(si, 0, sizeof *si);
    while (s[pre] != '\'' && s[pre] != '"') {
        switch (s[pre] | 0x20) {
        case 'r': si->raw = true; break;
        case 'b': si->bytes = true; break;
        case 'f': si->fmt = true; break;
        case 'u': si->u = s[pre] == 'u'; break;
        }
        pre++;
    }
    char q = s[pre];
    int ql = (t->len - pre >= 6 && s[pre + 1] == q && s[pre + 2] == q) ? 3 : 1;
    si->body = s + pre + ql;
    si->n = (size_t)(t->len - pre - 2 * ql);
}

static gp_expr *new_str_const(gp_parser *p, gp_strbuf *b, const gp_loc *loc, bool bytes)
{
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_CONSTANT, loc);
    e->v.constant.kind = bytes ? GP_CONST_BYTES : GP_CONST_STR;
    if (!b->s)
        gp_parse_strbuf_add(p, b, "", 0);
    e->v.constant.text = b->s;
    e->v.constant.len = b->n;
    return e;
}

gp_expr *gp_parse_atom_strings(gp_parser *p)
{
    int first = p->pos;
    gp_token *ft = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(ft);
    while (gp_parse_type(p) == GP_TOK_STRING)
        gp_parse_next(p);
    int last = p->pos;   /* exclusive */
    gp_loc loc = gp_parse_span(p, &start);
    strinfo si;
    split_token(ft, &si);
    bool bytes = si.bytes, any_f = false, kind_u = si.u;
    for (int i = first; i < last; i++) {
        split_token(&p->toks[i], &si);
        if (si.bytes != bytes)
            gp_parse_error_tok(p, gp_parse_cur(p), "cannot mix bytes and nonbytes literals");
        any_f |= si.fmt;
    }
    gp_strbuf buf = {0};
    if (!any_f) {
        for (int i = first; i < last; i++) {
            split_token(&p->toks[i], &si);
            gp_parse_decode_string(p, &p->toks[i], si.body, si.n, si.raw, si.bytes, &buf);
        }
        gp_expr *e = new_str_const(p, &buf, &loc, bytes);
        e->v.constant.kind_u = kind_u;
        return e;
    }
    gp_vec parts = {0};
    for (int i = first; i < last; i++) {
        split_token(&p->toks[i], &si);
        if (si.fmt)
            gp_parse_fstring(p, &p->toks[i], si.body, si.n, si.raw, &parts, &buf, &loc);
        else
            gp_parse_decode_string(p, &p->toks[i], si.body, si.n, si.raw, false, &buf);
    }
    if (buf.n > 0) {
        gp_expr *c = new_str_const(p, &buf, &loc, false);
        gp_parse_vec_push(p, &parts, c);
    }
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_JOINEDSTR, &loc);
    GP_PARSE_SEQ(e->v.joinedstr.values, parts);
    return e;
}
