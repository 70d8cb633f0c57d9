/*
 * parser.h — internal interface of the recursive-descent parser, shared by
 * parser.c (driver, tokens, errors), parser_expr.c, parser_stmt.c,
 * parser_target.c, strlit.c and fstring.c.
 *
 * The parser walks the lexer's token array with at most two tokens of
 * lookahead. A syntax error longjmps back to gp_parse(): every node lives in
 * the arena, so unwinding leaks nothing and the grammar code stays free of
 * error plumbing.
 */
#ifndef GP_PARSER_H
#define GP_PARSER_H

#include <setjmp.h>
#include "token.h"

/* Budget for the depth of the tree (brackets are capped at 200 by the
 * lexer, blocks at 100 by the indentation stack). Unary operators, **,
 * lambda and if-else nesting recurse in the parser; chains like 1+1+...+1
 * or a.b.c... parse in a loop but make left-deep trees that the compiler
 * walks recursively, so each link counts too. CPython 3.11 gives up
 * between 2000 and 3000 links; 1000 keeps every recursive walk of the tree
 * (compiler, dumper) well inside a thread stack, even under ASan. */
#define GP_PARSE_MAX_DEPTH 1000

typedef struct gp_parser {
    gp_arena *arena;
    gp_lex_result lex;
    gp_token *toks;
    int ntoks, pos;
    gp_syntax_error *err;
    jmp_buf jb;
    int depth;
    const char *src;        /* the whole source, for error columns and text */
    size_t srclen;
    bool in_fstring;        /* parsing an f-string replacement field */
    int fstring_shift;      /* columns the sub-parser's tokens were shifted by */
} gp_parser;

#if defined(__GNUC__)
#define GP_PARSE_NORETURN __attribute__((noreturn))
#define GP_PARSE_FMT(a, b) __attribute__((format(printf, a, b)))
#else
#define GP_PARSE_NORETURN
#define GP_PARSE_FMT(a, b)
#endif

/* ---- errors (parser.c) ---- */
#define GP_PARSE_END_NONE (-2)   /* end_col meaning "no end" (end_offset -1) */
GP_PARSE_NORETURN void gp_parse_lexer_error(gp_parser *p);
GP_PARSE_NORETURN GP_PARSE_FMT(7, 8)
void gp_parse_error_at(gp_parser *p, const char *type, int lineno, int col,
                       int end_lineno, int end_col, const char *fmt, ...);
GP_PARSE_NORETURN GP_PARSE_FMT(3, 4)
void gp_parse_error_tok(gp_parser *p, const gp_token *t, const char *fmt, ...);
GP_PARSE_NORETURN GP_PARSE_FMT(3, 4)
void gp_parse_error_node(gp_parser *p, const gp_loc *loc, const char *fmt, ...);
GP_PARSE_NORETURN void gp_parse_invalid_syntax(gp_parser *p);
GP_PARSE_NORETURN void gp_parse_oom(gp_parser *p);
void gp_parse_enter(gp_parser *p);   /* depth guard */

/* ---- tokens ---- */
static inline gp_token *gp_parse_cur(gp_parser *p)
{
    gp_token *t = &p->toks[p->pos];
    if (t->type == GP_TOK_ERRORTOKEN)
        gp_parse_lexer_error(p);
    return t;
}
static inline int gp_parse_type(gp_parser *p) { return gp_parse_cur(p)->type; }
static inline int gp_parse_type2(gp_parser *p)
{
    if (p->pos + 1 >= p->ntoks)
        return GP_TOK_ENDMARKER;
    gp_token *t = &p->toks[p->pos + 1];
    if (t->type == GP_TOK_ERRORTOKEN)
        gp_parse_lexer_error(p);
    return t->type;
}
static inline gp_token *gp_parse_next(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    if (p->pos < p->ntoks - 1)
        p->pos++;
    return t;
}
static inline bool gp_parse_accept(gp_parser *p, int type)
{
    if (gp_parse_type(p) == type) {
        gp_parse_next(p);
        return true;
    }
    return false;
}
static inline gp_token *gp_parse_prev(gp_parser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }
gp_token *gp_parse_expect(gp_parser *p, int type);
gp_token *gp_parse_expect_msg(gp_parser *p, int type, const char *msg);

/* ---- nodes ---- */
void *gp_parse_alloc(gp_parser *p, size_t n);
const char *gp_parse_ident(gp_parser *p, const gp_token *t);
const char *gp_parse_nfkc_ident(gp_parser *p, const char *s, size_t n);   /* nfkc.c */
gp_expr *gp_parse_new_expr(gp_parser *p, gp_expr_kind kind, const gp_loc *loc);
gp_stmt *gp_parse_new_stmt(gp_parser *p, gp_stmt_kind kind, const gp_loc *loc);
gp_loc gp_parse_tok_loc(const gp_token *t);
/* From the start of `start` to the end of the previous token. */
gp_loc gp_parse_span(gp_parser *p, const gp_loc *start);
gp_loc gp_parse_span2(const gp_loc *a, const gp_loc *b);

/* Growable pointer vector in the arena. */
typedef struct gp_vec { size_t n, cap; void **items; } gp_vec;
void gp_parse_vec_push(gp_parser *p, gp_vec *v, void *item);
#define GP_PARSE_SEQ(seq, vec) ((seq).n = (vec).n, (seq).items = (void *)(vec).items)

/* ---- expressions (parser_expr.c) ---- */
gp_expr *gp_parse_expression(gp_parser *p);
gp_expr *gp_parse_named_expression(gp_parser *p);
gp_expr *gp_parse_star_expressions(gp_parser *p);
gp_expr *gp_parse_star_named_expression(gp_parser *p);
gp_expr *gp_parse_disjunction(gp_parser *p);
gp_expr *gp_parse_bitwise_or(gp_parser *p);
gp_expr *gp_parse_yield_expr(gp_parser *p);
gp_expr *gp_parse_star_targets(gp_parser *p, int stop_kw);
gp_arguments *gp_parse_parameters(gp_parser *p, bool is_lambda, int close);
void gp_parse_call_args(gp_parser *p, gp_expr_seq *args, gp_keyword_seq *kws, const gp_token *open);
bool gp_parse_starts_expr(int type);
const char *gp_parse_expr_name(const gp_expr *e);
gp_expr *gp_parse_atom_strings(gp_parser *p);

/* ---- targets (parser_target.c) ---- */
/* Sets ctx Store/Del on a target, raising CPython's error for bad targets. */
void gp_parse_set_store(gp_parser *p, gp_expr *e);
void gp_parse_set_del(gp_parser *p, gp_expr *e);
const gp_expr *gp_parse_invalid_target(const gp_expr *e, bool del);

/* ---- statements (parser_stmt.c) ---- */
void gp_parse_statements_until(gp_parser *p, gp_vec *out, int end_type);
void gp_parse_statement(gp_parser *p, gp_vec *out);   /* one line or compound statement */
gp_stmt_seq gp_parse_block(gp_parser *p, const char *what, int what_line);

/* ---- match statements (parser_match.c) ---- */
gp_stmt *gp_parse_match_stmt(gp_parser *p);   /* at the soft keyword `match` */

/* ---- literals (strlit.c, fstring.c) ---- */
typedef struct gp_strbuf { char *s; size_t n, cap; } gp_strbuf;
void gp_parse_strbuf_add(gp_parser *p, gp_strbuf *b, const char *s, size_t n);
/* Decodes the body of one string token (escapes unless raw) into b. */
void gp_parse_decode_string(gp_parser *p, const gp_token *t, const char *body, size_t n,
                            bool raw, bool bytes, gp_strbuf *b);
void gp_parse_fstring(gp_parser *p, const gp_token *t, const char *body, size_t n, bool raw,
                      gp_vec *parts, gp_strbuf *pending, const gp_loc *loc);
gp_expr *gp_parse_number(gp_parser *p, const gp_token *t);
bool gp_parse_unicode_name(const char *name, size_t n, unsigned *cp);

#endif
