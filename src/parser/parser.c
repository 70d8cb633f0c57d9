/*
 * parser.c — the parser's driver: gp_parse(), token helpers, node
 * allocation and syntax errors.
 *
 * Error priority follows CPython 3.11 (Parser/pegen_errors.c): a lexer
 * error is raised as soon as the parser looks at the token where it
 * happened; a parser error is replaced by a lexer error found later in the
 * file, or by "'(' was never closed" when that bracket opened on an earlier
 * line than the parser error.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser.h"

/* ---- errors ---- */

static GP_PARSE_NORETURN void parse_jump(gp_parser *p)
{
    longjmp(p->jb, 1);
}

void gp_parse_lexer_error(gp_parser *p)
{
    free(p->err->text);
    int line_shift = 0;
    if (p->in_fstring) {
        /* a lexer error inside a replacement field: CPython keeps the
         * columns of the "(expr)" text and adds no "f-string: " prefix */
        gp_token *t = &p->toks[p->ntoks - 1];
        line_shift = t->lineno - p->lex.err.lineno;
    }
    *p->err = p->lex.err;
    p->err->text = NULL;
    p->err->incomplete = p->lex.at_eof && !p->in_fstring;
    p->err->lineno += line_shift;
    p->err->end_lineno += line_shift;
    p->lex.has_error = false;   /* already reported: no override later */
    parse_jump(p);
}

void gp_parse_oom(gp_parser *p)
{
    p->err->type = "MemoryError";
    snprintf(p->err->msg, sizeof p->err->msg, "out of memory while parsing");
    parse_jump(p);
}

static const char *parse_line_start(gp_parser *p, int lineno)
{
    const char *s = p->src, *end = s + p->srclen;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl)
            return end;
        s = nl + 1;
    }
    return s;
}

static int parse_char_col(gp_parser *p, int lineno, int col)
{
    const char *ls = parse_line_start(p, lineno);
    size_t avail = strlen(ls);
    if ((size_t)col > avail)
        col = (int)avail;
    return gp_lex_char_count(ls, (size_t)col);
}

static void parse_verror(gp_parser *p, const char *type, int lineno, int col, int end_lineno,
                         int end_col, const char *fmt, va_list ap)
{
    gp_syntax_error *e = p->err;
    int n = 0;
    if (p->in_fstring)
        n = snprintf(e->msg, sizeof e->msg, "f-string: ");
    vsnprintf(e->msg + n, sizeof e->msg - (size_t)n, fmt, ap);
    e->type = type;
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    if (p->in_fstring) {
        /* CPython 3.11 counts columns inside the "(expr)" it parsed. */
        e->offset = col < 0 ? 0 : col - p->fstring_shift + 1;
        e->end_offset = end_col < 0 ? 0 : end_col - p->fstring_shift + 1;
        if (e->offset < 1)
            e->offset = 1;
        if (e->end_offset < 0)
            e->end_offset = 0;
        return;
    }
    e->offset = col < 0 ? 0 : parse_char_col(p, lineno, col) + 1;
    /* end_col -1: CPython's end offset 0; GP_PARSE_END_NONE: its -1 */
    e->end_offset = end_col == GP_PARSE_END_NONE ? -1 : end_col < 0 ? 0
                  : parse_char_col(p, end_lineno, end_col) + 1;
}

void gp_parse_error_at(gp_parser *p, const char *type, int lineno, int col, int end_lineno,
                       int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    parse_verror(p, type, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    parse_jump(p);
}

void gp_parse_error_tok(gp_parser *p, const gp_token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    parse_verror(p, "SyntaxError", t->lineno, t->col, t->end_lineno, t->end_col, fmt, ap);
    va_end(ap);
    parse_jump(p);
}

void gp_parse_error_node(gp_parser *p, const gp_loc *loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    parse_verror(p, "SyntaxError", loc->lineno, loc->col_offset, loc->end_lineno,
                 loc->end_col_offset, fmt, ap);
    va_end(ap);
    parse_jump(p);
}

void gp_parse_invalid_syntax(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    if (t->type == GP_TOK_INDENT)
        gp_parse_error_at(p, "IndentationError", t->lineno, t->end_col, t->lineno, GP_PARSE_END_NONE,
                          "unexpected indent");
    if (t->type == GP_TOK_DEDENT)
        gp_parse_error_at(p, "IndentationError", t->lineno, t->col, t->lineno, GP_PARSE_END_NONE,
                          "unexpected unindent");
    gp_parse_error_tok(p, t, "invalid syntax");
}

void gp_parse_enter(gp_parser *p)
{
    if (++p->depth > GP_PARSE_MAX_DEPTH) {
        gp_token *t = gp_parse_cur(p);
        gp_parse_error_tok(p, t, "code too deeply nested");
    }
}

gp_token *gp_parse_expect(gp_parser *p, int type)
{
    gp_token *t = gp_parse_cur(p);
    if (t->type != type)
        gp_parse_invalid_syntax(p);
    return gp_parse_next(p);
}

gp_token *gp_parse_expect_msg(gp_parser *p, int type, const char *msg)
{
    gp_token *t = gp_parse_cur(p);
    if (t->type != type) {
        /* CPython puts "expected ':'" just after the previous token. */
        gp_token *prev = gp_parse_prev(p);
        gp_parse_error_at(p, "SyntaxError", prev->end_lineno, prev->end_col, prev->end_lineno,
                          prev->end_col, "%s", msg);
    }
    return gp_parse_next(p);
}

/* ---- nodes ---- */

void *gp_parse_alloc(gp_parser *p, size_t n)
{
    void *m = gp_arena_alloc(p->arena, n);
    if (!m)
        gp_parse_oom(p);
    return m;
}

const char *gp_parse_ident(gp_parser *p, const gp_token *t)
{
    for (int i = 0; i < t->len; i++)
        if ((unsigned char)t->start[i] >= 0x80)
            return gp_parse_nfkc_ident(p, t->start, (size_t)t->len);
    char *s = gp_arena_strndup(p->arena, t->start, (size_t)t->len);
    if (!s)
        gp_parse_oom(p);
    return s;
}

gp_expr *gp_parse_new_expr(gp_parser *p, gp_expr_kind kind, const gp_loc *loc)
{
    gp_expr *e = gp_parse_alloc(p, sizeof *e);
    e->kind = kind;
    e->loc = *loc;
    return e;
}

gp_stmt *gp_parse_new_stmt(gp_parser *p, gp_stmt_kind kind, const gp_loc *loc)
{
    gp_stmt *s = gp_parse_alloc(p, sizeof *s);
    s->kind = kind;
    s->loc = *loc;
    return s;
}

gp_loc gp_parse_tok_loc(const gp_token *t)
{
    gp_loc l = { t->lineno, t->col, t->end_lineno, t->end_col };
    return l;
}

gp_loc gp_parse_span(gp_parser *p, const gp_loc *start)
{
    gp_token *prev = gp_parse_prev(p);
    gp_loc l = { start->lineno, start->col_offset, prev->end_lineno, prev->end_col };
    return l;
}

gp_loc gp_parse_span2(const gp_loc *a, const gp_loc *b)
{
    gp_loc l = { a->lineno, a->col_offset, b->end_lineno, b->end_col_offset };
    return l;
}

void gp_parse_vec_push(gp_parser *p, gp_vec *v, void *item)
{
    if (v->n == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 4;
        void **ni = gp_parse_alloc(p, ncap * sizeof(void *));
        if (v->n)
            memcpy(ni, v->items, v->n * sizeof(void *));
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = item;
}

/* ---- driver ---- */

void gp_syntax_error_clear(gp_syntax_error *err)
{
    if (!err)
        return;
    free(err->text);
    memset(err, 0, sizeof *err);
}

/* Whether a parser error should give way to "'(' was never closed".
 * CPython's second, error-hunting pass tends to read on to the end of the
 * file when the error sits inside a bracket that never closes, and then
 * reports the bracket; not when the error is the very token after it
 * (def f(:) or comes before it. */
static bool parse_prefer_unclosed(gp_parser *p)
{
    gp_lex_result *lx = &p->lex;
    gp_syntax_error *err = p->err;
    if (err->lineno > lx->eof_paren_line)
        return true;
    if (err->lineno < lx->eof_paren_line || strcmp(err->type, "SyntaxError") != 0)
        return false;
    /* Same line: only for errors at a token after which that pass can go
     * on parsing (a name, a literal, '='), not at a keyword or ':' that
     * stops it at once, and not for the hints it raises on the spot. */
    bool eq_hint = strstr(err->msg, "Maybe you meant '=='") != NULL;
    if (eq_hint)   /* raised after reading on past the '=' */
        return err->offset > lx->eof_paren_col + 1;
    if (strcmp(err->msg, "invalid syntax") != 0)
        return false;
    gp_token *at = &p->toks[p->pos];
    if (at->lineno != lx->eof_paren_line || at->col <= lx->eof_paren_col)
        return false;
    if (p->pos > 0 && p->toks[p->pos - 1].lineno == lx->eof_paren_line &&
        p->toks[p->pos - 1].col == lx->eof_paren_col)
        return false;
    return at->type == GP_TOK_NAME || at->type == GP_TOK_NUMBER ||
           at->type == GP_TOK_STRING || at->type == GP_TOK_EQUAL;
}

static gp_mod *parse_mod(gp_parser *p, gp_mod_kind mode)
{
    gp_mod *m = gp_parse_alloc(p, sizeof *m);
    m->kind = mode;
    if (mode == GP_MOD_EXPRESSION) {
        while (gp_parse_type(p) == GP_TOK_NEWLINE)
            gp_parse_next(p);
        if (gp_parse_type(p) == GP_TOK_STAR)
            gp_parse_invalid_syntax(p);   /* eval input has no bare *x */
        m->expr = gp_parse_star_expressions(p);
        while (gp_parse_type(p) == GP_TOK_NEWLINE)
            gp_parse_next(p);
        if (gp_parse_type(p) != GP_TOK_ENDMARKER)
            gp_parse_invalid_syntax(p);
        return m;
    }
    gp_vec body = {0};
    if (mode == GP_MOD_INTERACTIVE) {
        /* "single": one statement (a line of ;-separated simple ones, or
         * one compound statement) */
        while (gp_parse_type(p) == GP_TOK_NEWLINE)
            gp_parse_next(p);
        if (gp_parse_type(p) != GP_TOK_ENDMARKER)
            gp_parse_statement(p, &body);
        while (gp_parse_type(p) == GP_TOK_NEWLINE)
            gp_parse_next(p);
        if (gp_parse_type(p) != GP_TOK_ENDMARKER) {
            gp_token *prev = gp_parse_prev(p);
            if (gp_parse_type(p) == GP_TOK_DEDENT || gp_parse_type(p) == GP_TOK_INDENT ||
                prev->type == GP_TOK_DEDENT)
                gp_parse_invalid_syntax(p);
            if (prev->type == GP_TOK_NEWLINE && p->pos >= 2)
                prev = &p->toks[p->pos - 2];
            gp_parse_error_at(p, "SyntaxError", prev->end_lineno, prev->end_col, prev->end_lineno,
                              prev->end_col, "multiple statements found while compiling a single statement");
        }
    } else {
        gp_parse_statements_until(p, &body, GP_TOK_ENDMARKER);
    }
    GP_PARSE_SEQ(m->body, body);
    return m;
}

gp_mod *gp_parse(gp_arena *arena, const char *src, size_t len, const char *filename,
                 gp_mod_kind mode, gp_syntax_error *err)
{
    (void)filename;   /* the caller puts it in the SyntaxError */
    memset(err, 0, sizeof *err);
    gp_parser *p = calloc(1, sizeof *p);
    if (!p) {
        err->type = "MemoryError";
        return NULL;
    }
    p->arena = arena;
    p->err = err;
    gp_mod *volatile result = NULL;
    if (!gp_lex_source(arena, src, len, &p->lex)) {
        err->type = "MemoryError";
        snprintf(err->msg, sizeof err->msg, "out of memory while parsing");
        gp_lex_free(&p->lex);
        free(p);
        return NULL;
    }
    p->toks = p->lex.toks;
    p->ntoks = p->lex.ntoks;
    p->src = p->lex.src;
    p->srclen = p->lex.srclen;
    if (setjmp(p->jb) == 0) {
        result = parse_mod(p, mode);
    } else {
        /* A parser error gives way to a lexer error further on. */
        gp_lex_result *lx = &p->lex;
        if (lx->has_error && strcmp(err->type, "MemoryError") != 0 &&
            (lx->eof_in_paren ? parse_prefer_unclosed(p) : !lx->quiet)) {
            *err = lx->err;
            err->text = NULL;
            err->incomplete = lx->at_eof;
        } else if (!err->incomplete) {
            /* failing on the end marker (or the DEDENTs before it) means
             * the input stopped short */
            int i = p->pos;
            while (i < p->ntoks && p->toks[i].type == GP_TOK_DEDENT)
                i++;
            err->incomplete = i < p->ntoks && p->toks[i].type == GP_TOK_ENDMARKER;
        }
        gp_lex_set_error_text(err, lx->src, lx->srclen, err->lineno);
        result = NULL;
    }
    gp_lex_free(&p->lex);
    free(p);
    return result;
}
