/*
 * fstring.c — f-strings, parsed the way CPython 3.11 does: the whole
 * literal is one STRING token; here it is split into literal text and
 * replacement fields {expr=!conv:spec}. Each expression is lexed and parsed
 * on its own as "(expr)" by a sub-parser sharing the arena and error
 * handling, with token positions shifted to the real source.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser.h"

typedef struct fctx {
    gp_parser *p;
    const gp_token *tok;
    bool raw;
    const char *end;
    const gp_loc *loc;
    gp_loc spec_loc;     /* format specs: this token's span (3.11) */
} fctx;

static GP_PARSE_NORETURN void ferr(fctx *f, const char *msg)
{
    gp_parser *p = f->p;
    /* the message carries its own prefix: no second "f-string: " */
    p->in_fstring = false;
    gp_parse_error_tok(p, gp_parse_cur(p), "%s%s", strncmp(msg, "f-string", 8) ? "f-string: " : "", msg);
}

static gp_expr *fparse_fields(fctx *f, const char **sp, int level, gp_vec *parts, gp_strbuf *pending);

/* Literal text up to the next field (or, in a format spec, up to '}'),
 * decoded. Returns true when a doubled brace was consumed: the caller
 * continues with more literal text. */
static bool fparse_literal(fctx *f, const char **sp, int level, gp_strbuf *out)
{
    const char *s = *sp, *start = s, *end = f->end;
    bool doubled = false;
    while (s < end) {
        char ch = *s++;
        if (!f->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N' && s < end && *s == '{') {
                const char *close = memchr(s, '}', (size_t)(end - s));
                if (close)
                    s = close + 1;
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < end && *s == ch) {
                    doubled = true;
                    *sp = s + 1;
                    end = s;          /* literal includes one brace */
                    s = end;
                    break;
                }
                if (ch == '}')
                    ferr(f, "single '}' is not allowed");
            }
            s--;
            break;
        }
    }
    if (!doubled)
        *sp = s;
    size_t n = (size_t)(s - start);
    if (n == 0)
        return doubled;
    /* A backslash right before a brace stays a backslash (3.11 warns). */
    bool lone_bs = false;
    if (!f->raw) {
        size_t k = 0;
        while (k < n && start[n - 1 - k] == '\\')
            k++;
        lone_bs = (k & 1) && !doubled;
    }
    gp_parse_decode_string(f->p, f->tok, start, n - lone_bs, f->raw, false, out);
    if (lone_bs)
        gp_parse_strbuf_add(f->p, out, "\\", 1);
    return doubled;
}

/* Lexes and parses "(text)" as a star_expressions, positions shifted so
 * that the text starts at (line, col) of the real source. */
static gp_expr *fparse_expr(fctx *f, const char *text, size_t n)
{
    gp_parser *p = f->p;
    size_t k;
    for (k = 0; k < n; k++)
        if (!strchr(" \t\n\r\f\v", text[k]))
            break;
    if (k == n) {
        char c = text[n];
        if (c == '!' || c == ':' || c == '=') {
            char msg[48];
            snprintf(msg, sizeof msg, "expression required before '%c'", c);
            ferr(f, msg);
        }
        ferr(f, "empty expression not allowed");
    }
    /* Where the expression starts in the real source. */
    int line = f->tok->lineno, col = f->tok->col;
    for (const char *c = f->tok->start; c < text; c++) {
        if (*c == '\n') {
            line++;
            col = 0;
        } else {
            col++;
        }
    }
    char *buf = gp_parse_alloc(p, n + 3);
    buf[0] = '(';
    memcpy(buf + 1, text, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';

    gp_parser *sub = calloc(1, sizeof *sub);
    if (!sub)
        gp_parse_oom(p);
    bool lexed = gp_lex_source(p->arena, buf, n + 2, &sub->lex);
    /* keep the (few) tokens in the arena: an error longjmps past us */
    gp_token *toks = lexed ? gp_arena_alloc_raw(p->arena, sizeof(gp_token) * (size_t)sub->lex.ntoks) : NULL;
    if (toks)
        memcpy(toks, sub->lex.toks, sizeof(gp_token) * (size_t)sub->lex.ntoks);
    int ntoks = sub->lex.ntoks;
    gp_lex_free(&sub->lex);
    sub->lex.toks = toks;
    sub->lex.ntoks = ntoks;
    if (!toks) {
        free(sub);
        gp_parse_oom(p);
    }
    for (int i = 0; i < sub->lex.ntoks; i++) {
        gp_token *t = &sub->lex.toks[i];
        if (t->lineno == 1)
            t->col += col - 1;
        if (t->end_lineno == 1)
            t->end_col += col - 1;
        t->lineno += line - 1;
        t->end_lineno += line - 1;
    }
    sub->arena = p->arena;
    sub->err = p->err;
    sub->toks = sub->lex.toks;
    sub->ntoks = sub->lex.ntoks;
    sub->src = p->src;
    sub->srclen = p->srclen;
    sub->depth = p->depth;
    sub->in_fstring = true;
    sub->fstring_shift = col - 1;
    memcpy(sub->jb, p->jb, sizeof(jmp_buf));
    /* sub is freed by the caller's arena? no: it is malloc'd; an error
     * longjmps past us, so keep it reachable through the arena instead. */
    gp_parser *keep = gp_parse_alloc(p, sizeof *keep);
    memcpy(keep, sub, sizeof *keep);
    free(sub);
    sub = keep;
    gp_expr *e = gp_parse_star_expressions(sub);
    if (gp_parse_type(sub) == GP_TOK_NEWLINE)
        gp_parse_next(sub);
    if (gp_parse_type(sub) != GP_TOK_ENDMARKER)
        gp_parse_invalid_syntax(sub);
    return e;
}

static const char *fscan_expr_end(fctx *f, const char *s)
{
    const char *end = f->end;
    char stack[200];
    int depth = 0;
    char quote = 0;
    int qlen = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            ferr(f, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote && (qlen == 1 || (s + 2 < end && s[1] == quote && s[2] == quote))) {
                s += qlen - 1;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            qlen = (s + 2 < end && s[1] == ch && s[2] == ch) ? 3 : 1;
            s += qlen - 1;
            continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200)
                ferr(f, "too many nested parenthesis");
            stack[depth++] = ch;
            continue;
        }
        if (ch == '#')
            ferr(f, "f-string expression part cannot include '#'");
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                s++;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
            char msg[80];
            if (!depth) {
                snprintf(msg, sizeof msg, "unmatched '%c'", ch);
                ferr(f, msg);
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                         ch, open);
                ferr(f, msg);
            }
        }
    }
    if (quote)
        ferr(f, "unterminated string");
    if (depth) {
        char msg[40];
        snprintf(msg, sizeof msg, "unmatched '%c'", stack[depth - 1]);
        ferr(f, msg);
    }
    if (s >= end)
        ferr(f, "expecting '}'");
    return s;
}

/* Parses one {field}; *sp is just after '{'. Debug text of {x=} goes to pending. */
static gp_expr *fparse_field(fctx *f, const char **sp, int level, gp_strbuf *pending)
{
    gp_parser *p = f->p;
    if (level >= 2)
        ferr(f, "expressions nested too deeply");
    const char *start = *sp;
    const char *s = fscan_expr_end(f, start);
    gp_expr *value = fparse_expr(f, start, (size_t)(s - start));
    bool debug = false;
    if (*s == '=') {
        s++;
        while (s < f->end && strchr(" \t\n\r\f\v", *s))
            s++;
        if (s >= f->end)
            ferr(f, "expecting '}'");
        gp_parse_strbuf_add(p, pending, start, (size_t)(s - start));
        debug = true;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= f->end)
            ferr(f, "expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            ferr(f, "invalid conversion character: expected 's', 'r', or 'a'");
    }
    gp_expr *spec = NULL;
    if (s < f->end && *s == ':') {
        s++;
        if (s >= f->end)
            ferr(f, "expecting '}'");
        gp_vec sparts = {0};
        gp_strbuf sbuf = {0};
        spec = fparse_fields(f, &s, level + 1, &sparts, &sbuf);
    }
    if (s >= f->end || *s != '}')
        ferr(f, "expecting '}'");
    s++;
    *sp = s;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    gp_expr *fv = gp_parse_new_expr(p, GP_EXPR_FORMATTEDVALUE, f->loc);
    fv->v.formattedvalue.value = value;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = spec;
    return fv;
}

static void flush_pending(fctx *f, int level, gp_vec *parts, gp_strbuf *pending)
{
    if (pending->n == 0)
        return;
    gp_expr *c = gp_parse_new_expr(f->p, GP_EXPR_CONSTANT, level ? &f->spec_loc : f->loc);
    c->v.constant.kind = GP_CONST_STR;
    c->v.constant.text = pending->s;
    c->v.constant.len = pending->n;
    gp_parse_vec_push(f->p, parts, c);
    memset(pending, 0, sizeof *pending);
}

/* Literal text and fields until the end (level 0) or a closing '}' of a
 * format spec (level > 0). Returns a JoinedStr for format specs. */
static gp_expr *fparse_fields(fctx *f, const char **sp, int level, gp_vec *parts, gp_strbuf *pending)
{
    for (;;) {
        if (fparse_literal(f, sp, level, pending))
            continue;
        if (*sp >= f->end || **sp == '}')
            break;
        (*sp)++;   /* '{' */
        gp_expr *fv = fparse_field(f, sp, level, pending);
        flush_pending(f, level, parts, pending);
        gp_parse_vec_push(f->p, parts, fv);
    }
    if (level == 0) {
        if (*sp < f->end)
            ferr(f, "single '}' is not allowed");
        return NULL;
    }
    if (*sp >= f->end || **sp != '}')
        ferr(f, "expecting '}'");
    flush_pending(f, level, parts, pending);
    gp_expr *js = gp_parse_new_expr(f->p, GP_EXPR_JOINEDSTR, &f->spec_loc);
    GP_PARSE_SEQ(js->v.joinedstr.values, *parts);
    return js;
}

void gp_parse_fstring(gp_parser *p, const gp_token *t, const char *body, size_t n, bool raw,
                      gp_vec *parts, gp_strbuf *pending, const gp_loc *loc)
{
    fctx f = { p, t, raw, body + n, loc, { t->lineno, t->col, t->end_lineno, t->end_col } };
    const char *s = body;
    fparse_fields(&f, &s, 0, parts, pending);
}
