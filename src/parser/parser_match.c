/*
 * parser_match.c — the match statement (PEP 634): subject, case blocks,
 * guards and the pattern grammar of CPython 3.11 (literal, capture,
 * wildcard, value, group, sequence, mapping, class, or and as patterns).
 *
 * `match` and `case` are soft keywords: parser_stmt.c decides that a line
 * is a match statement (it opens an indented block) before calling here.
 * Literal values stay expressions (Constant, -Constant, a +/- bj), as in
 * CPython's AST; the compiler evaluates them.
 */
#include <string.h>
#include "parser.h"

static gp_pattern *parse_pattern(gp_parser *p);
static gp_pattern *parse_closed(gp_parser *p);

static gp_pattern *new_pat(gp_parser *p, gp_pattern_kind kind, const gp_loc *loc)
{
    gp_pattern *pat = gp_parse_alloc(p, sizeof *pat);
    pat->kind = kind;
    pat->loc = *loc;
    return pat;
}

static bool tok_is(const gp_token *t, const char *word)
{
    size_t n = strlen(word);
    return t->type == GP_TOK_NAME && (size_t)t->len == n && memcmp(t->start, word, n) == 0;
}

static gp_expr *name_expr(gp_parser *p, const gp_token *t)
{
    gp_loc loc = gp_parse_tok_loc(t);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_NAME, &loc);
    e->v.name.id = gp_parse_ident(p, t);
    e->v.name.ctx = GP_CTX_LOAD;
    return e;
}

/* NAME ('.' NAME)* */
static gp_expr *parse_name_or_attr(gp_parser *p)
{
    gp_token *t = gp_parse_expect(p, GP_TOK_NAME);
    gp_loc start = gp_parse_tok_loc(t);
    gp_expr *e = name_expr(p, t);
    while (gp_parse_accept(p, GP_TOK_DOT)) {
        gp_token *a = gp_parse_expect(p, GP_TOK_NAME);
        gp_loc loc = gp_parse_span(p, &start);
        gp_expr *x = gp_parse_new_expr(p, GP_EXPR_ATTRIBUTE, &loc);
        x->v.attribute.value = e;
        x->v.attribute.attr = gp_parse_ident(p, a);
        x->v.attribute.ctx = GP_CTX_LOAD;
        e = x;
    }
    return e;
}

/* signed_number, complex_number, strings: the value of a literal pattern */
static gp_expr *parse_number_literal(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    bool neg = gp_parse_accept(p, GP_TOK_MINUS);
    gp_token *t = gp_parse_expect(p, GP_TOK_NUMBER);
    gp_expr *e = gp_parse_number(p, t);
    if (neg) {
        gp_loc loc = gp_parse_span(p, &start);
        gp_expr *u = gp_parse_new_expr(p, GP_EXPR_UNARYOP, &loc);
        u->v.unaryop.op = GP_UNARY_USUB;
        u->v.unaryop.operand = e;
        e = u;
    }
    int tt = gp_parse_type(p);
    if (tt == GP_TOK_PLUS || tt == GP_TOK_MINUS) {
        if (e->kind == GP_EXPR_CONSTANT ? e->v.constant.kind == GP_CONST_IMAG
                                        : e->v.unaryop.operand->v.constant.kind == GP_CONST_IMAG)
            gp_parse_error_node(p, &e->loc, "real number required in complex literal");
        gp_parse_next(p);
        gp_token *it = gp_parse_expect(p, GP_TOK_NUMBER);
        gp_expr *im = gp_parse_number(p, it);
        if (im->v.constant.kind != GP_CONST_IMAG)
            gp_parse_error_node(p, &im->loc, "imaginary number required in complex literal");
        gp_loc loc = gp_parse_span(p, &start);
        gp_expr *b = gp_parse_new_expr(p, GP_EXPR_BINOP, &loc);
        b->v.binop.left = e;
        b->v.binop.op = tt == GP_TOK_PLUS ? 0 : 1;   /* ADD, SUB */
        b->v.binop.right = im;
        e = b;
    }
    return e;
}

static gp_expr *parse_string_literal(gp_parser *p)
{
    gp_expr *e = gp_parse_atom_strings(p);
    if (e->kind != GP_EXPR_CONSTANT)
        gp_parse_error_node(p, &e->loc, "patterns may only match literals and attribute lookups");
    return e;
}

static gp_pattern *value_pattern(gp_parser *p, gp_expr *e)
{
    gp_pattern *pat = new_pat(p, GP_PAT_VALUE, &e->loc);
    pat->v.value.value = e;
    return pat;
}

static gp_pattern *singleton_pattern(gp_parser *p, gp_const_kind kind)
{
    gp_token *t = gp_parse_next(p);
    gp_loc loc = gp_parse_tok_loc(t);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_CONSTANT, &loc);
    e->v.constant.kind = kind;
    gp_pattern *pat = new_pat(p, GP_PAT_SINGLETON, &loc);
    pat->v.value.value = e;
    return pat;
}

static const char *capture_name(gp_parser *p)
{
    gp_token *t = gp_parse_expect(p, GP_TOK_NAME);
    if (tok_is(t, "_"))
        gp_parse_error_tok(p, t, "cannot use '_' as a target");
    return gp_parse_ident(p, t);
}

/* '*' NAME: a star pattern, allowed only directly in a sequence pattern */
static gp_pattern *parse_maybe_star(gp_parser *p)
{
    if (gp_parse_type(p) != GP_TOK_STAR)
        return parse_pattern(p);
    gp_token *s = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(s);
    gp_token *t = gp_parse_expect(p, GP_TOK_NAME);
    gp_loc loc = gp_parse_span(p, &start);
    gp_pattern *pat = new_pat(p, GP_PAT_STAR, &loc);
    pat->v.star.name = tok_is(t, "_") ? NULL : gp_parse_ident(p, t);
    return pat;
}

/* Items of a sequence pattern up to `close` (already past the opener). */
static void parse_seq_items(gp_parser *p, gp_vec *items, int close)
{
    while (gp_parse_type(p) != close) {
        gp_parse_vec_push(p, items, parse_maybe_star(p));
        if (!gp_parse_accept(p, GP_TOK_COMMA))
            break;
    }
    gp_parse_expect(p, close);
}

static gp_pattern *seq_pattern(gp_parser *p, gp_vec *items, const gp_loc *start)
{
    gp_loc loc = gp_parse_span(p, start);
    gp_pattern *pat = new_pat(p, GP_PAT_SEQUENCE, &loc);
    GP_PARSE_SEQ(pat->v.seq.patterns, *items);
    return pat;
}

static gp_pattern *parse_group_or_tuple(gp_parser *p)
{
    gp_token *open = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(open);
    gp_vec items = {0};
    if (gp_parse_accept(p, GP_TOK_RPAR))
        return seq_pattern(p, &items, &start);
    gp_pattern *first = parse_maybe_star(p);
    if (gp_parse_type(p) != GP_TOK_COMMA && first->kind != GP_PAT_STAR) {
        gp_parse_expect(p, GP_TOK_RPAR);
        return first;   /* a group pattern is its inner pattern */
    }
    gp_parse_vec_push(p, &items, first);
    if (gp_parse_accept(p, GP_TOK_COMMA))
        parse_seq_items(p, &items, GP_TOK_RPAR);
    else
        gp_parse_expect(p, GP_TOK_RPAR);
    return seq_pattern(p, &items, &start);
}

/* A mapping key: a literal or a dotted name. */
static gp_expr *parse_mapping_key(gp_parser *p)
{
    switch (gp_parse_type(p)) {
    case GP_TOK_NUMBER: case GP_TOK_MINUS: return parse_number_literal(p);
    case GP_TOK_STRING: return parse_string_literal(p);
    case GP_TOK_KW_NONE: case GP_TOK_KW_TRUE: case GP_TOK_KW_FALSE: {
        gp_token *t = gp_parse_next(p);
        gp_loc loc = gp_parse_tok_loc(t);
        gp_expr *e = gp_parse_new_expr(p, GP_EXPR_CONSTANT, &loc);
        e->v.constant.kind = t->type == GP_TOK_KW_NONE ? GP_CONST_NONE
                           : t->type == GP_TOK_KW_TRUE ? GP_CONST_TRUE : GP_CONST_FALSE;
        return e;
    }
    case GP_TOK_NAME: {
        gp_expr *e = parse_name_or_attr(p);
        if (e->kind == GP_EXPR_NAME)
            gp_parse_invalid_syntax(p);
        return e;
    }
    }
    gp_parse_invalid_syntax(p);
}

static gp_pattern *parse_mapping(gp_parser *p)
{
    gp_token *open = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(open);
    gp_vec keys = {0}, pats = {0};
    const char *rest = NULL;
    while (gp_parse_type(p) != GP_TOK_RBRACE) {
        if (gp_parse_accept(p, GP_TOK_DOUBLESTAR)) {
            if (tok_is(gp_parse_cur(p), "_"))
                gp_parse_invalid_syntax(p);
            rest = capture_name(p);
            gp_parse_accept(p, GP_TOK_COMMA);
            if (gp_parse_type(p) != GP_TOK_RBRACE)
                gp_parse_invalid_syntax(p);
            break;
        }
        gp_parse_vec_push(p, &keys, parse_mapping_key(p));
        gp_parse_expect(p, GP_TOK_COLON);
        gp_parse_vec_push(p, &pats, parse_pattern(p));
        if (!gp_parse_accept(p, GP_TOK_COMMA))
            break;
    }
    gp_parse_expect(p, GP_TOK_RBRACE);
    gp_loc loc = gp_parse_span(p, &start);
    gp_pattern *pat = new_pat(p, GP_PAT_MAPPING, &loc);
    GP_PARSE_SEQ(pat->v.mapping.keys, keys);
    GP_PARSE_SEQ(pat->v.mapping.patterns, pats);
    pat->v.mapping.rest = rest;
    return pat;
}

/* cls '(' positional patterns, keyword patterns ')' */
static gp_pattern *parse_class(gp_parser *p, gp_expr *cls)
{
    gp_parse_expect(p, GP_TOK_LPAR);
    gp_vec pos = {0}, names = {0}, kws = {0};
    while (gp_parse_type(p) != GP_TOK_RPAR) {
        gp_token *t = gp_parse_cur(p);
        if (t->type == GP_TOK_NAME && gp_parse_type2(p) == GP_TOK_EQUAL) {
            gp_parse_next(p);
            gp_parse_next(p);
            gp_parse_vec_push(p, &names, (void *)gp_parse_ident(p, t));
            gp_parse_vec_push(p, &kws, parse_pattern(p));
        } else {
            gp_loc ploc = gp_parse_tok_loc(t);
            gp_pattern *pp = parse_pattern(p);
            if (kws.n) {
                gp_loc span = gp_parse_span(p, &ploc);
                gp_parse_error_node(p, &span, "positional patterns follow keyword patterns");
            }
            gp_parse_vec_push(p, &pos, pp);
        }
        if (!gp_parse_accept(p, GP_TOK_COMMA))
            break;
    }
    gp_parse_expect(p, GP_TOK_RPAR);
    gp_loc loc = gp_parse_span(p, &cls->loc);
    gp_pattern *pat = new_pat(p, GP_PAT_CLASS, &loc);
    pat->v.cls.cls = cls;
    GP_PARSE_SEQ(pat->v.cls.patterns, pos);
    GP_PARSE_SEQ(pat->v.cls.kwd_attrs, names);
    GP_PARSE_SEQ(pat->v.cls.kwd_patterns, kws);
    return pat;
}

static gp_pattern *parse_closed(gp_parser *p)
{
    gp_parse_enter(p);
    gp_token *t = gp_parse_cur(p);
    gp_pattern *res;
    switch (t->type) {
    case GP_TOK_NUMBER:
    case GP_TOK_MINUS: res = value_pattern(p, parse_number_literal(p)); break;
    case GP_TOK_STRING: res = value_pattern(p, parse_string_literal(p)); break;
    case GP_TOK_KW_NONE: res = singleton_pattern(p, GP_CONST_NONE); break;
    case GP_TOK_KW_TRUE: res = singleton_pattern(p, GP_CONST_TRUE); break;
    case GP_TOK_KW_FALSE: res = singleton_pattern(p, GP_CONST_FALSE); break;
    case GP_TOK_LPAR: res = parse_group_or_tuple(p); break;
    case GP_TOK_LSQB: {
        gp_token *open = gp_parse_next(p);
        gp_loc start = gp_parse_tok_loc(open);
        gp_vec items = {0};
        parse_seq_items(p, &items, GP_TOK_RSQB);
        res = seq_pattern(p, &items, &start);
        break;
    }
    case GP_TOK_LBRACE: res = parse_mapping(p); break;
    case GP_TOK_NAME: {
        gp_expr *e = parse_name_or_attr(p);
        if (gp_parse_type(p) == GP_TOK_LPAR) {
            res = parse_class(p, e);
        } else if (e->kind == GP_EXPR_ATTRIBUTE) {
            res = value_pattern(p, e);
        } else {
            res = new_pat(p, GP_PAT_AS, &e->loc);
            res->v.as.name = strcmp(e->v.name.id, "_") == 0 ? NULL : e->v.name.id;
        }
        break;
    }
    default: gp_parse_invalid_syntax(p);
    }
    p->depth--;
    return res;
}

static gp_pattern *parse_or(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_pattern *first = parse_closed(p);
    if (gp_parse_type(p) != GP_TOK_VBAR)
        return first;
    gp_vec alts = {0};
    gp_parse_vec_push(p, &alts, first);
    while (gp_parse_accept(p, GP_TOK_VBAR))
        gp_parse_vec_push(p, &alts, parse_closed(p));
    gp_loc loc = gp_parse_span(p, &start);
    gp_pattern *pat = new_pat(p, GP_PAT_OR, &loc);
    GP_PARSE_SEQ(pat->v.seq.patterns, alts);
    return pat;
}

static gp_pattern *parse_pattern(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_pattern *or = parse_or(p);
    if (!gp_parse_accept(p, GP_TOK_KW_AS))
        return or;
    const char *name = capture_name(p);
    gp_loc loc = gp_parse_span(p, &start);
    gp_pattern *pat = new_pat(p, GP_PAT_AS, &loc);
    pat->v.as.pattern = or;
    pat->v.as.name = name;
    return pat;
}

/* patterns: an open sequence (a, b, *c) or one pattern */
static gp_pattern *parse_patterns(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_pattern *first = parse_maybe_star(p);
    if (gp_parse_type(p) != GP_TOK_COMMA) {
        if (first->kind == GP_PAT_STAR)
            gp_parse_invalid_syntax(p);
        return first;
    }
    gp_vec items = {0};
    gp_parse_vec_push(p, &items, first);
    while (gp_parse_accept(p, GP_TOK_COMMA)) {
        int t = gp_parse_type(p);
        if (t == GP_TOK_COLON || t == GP_TOK_KW_IF)
            break;
        gp_parse_vec_push(p, &items, parse_maybe_star(p));
    }
    return seq_pattern(p, &items, &start);
}

static gp_match_case *parse_case(gp_parser *p)
{
    gp_token *kw = gp_parse_cur(p);
    if (!tok_is(kw, "case"))
        gp_parse_invalid_syntax(p);
    gp_parse_next(p);
    gp_match_case *mc = gp_parse_alloc(p, sizeof *mc);
    mc->pattern = parse_patterns(p);
    if (gp_parse_accept(p, GP_TOK_KW_IF))
        mc->guard = gp_parse_named_expression(p);
    mc->body = gp_parse_block(p, "'case' statement", kw->lineno);
    return mc;
}

gp_stmt *gp_parse_match_stmt(gp_parser *p)
{
    gp_token *kw = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(kw);
    gp_loc sstart = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *subject = gp_parse_star_named_expression(p);
    if (gp_parse_type(p) == GP_TOK_COMMA) {
        gp_vec elts = {0};
        gp_parse_vec_push(p, &elts, subject);
        while (gp_parse_accept(p, GP_TOK_COMMA)) {
            if (gp_parse_type(p) == GP_TOK_COLON)
                break;
            gp_parse_vec_push(p, &elts, gp_parse_star_named_expression(p));
        }
        gp_loc loc = gp_parse_span(p, &sstart);
        gp_expr *tup = gp_parse_new_expr(p, GP_EXPR_TUPLE, &loc);
        GP_PARSE_SEQ(tup->v.list.elts, elts);
        tup->v.list.ctx = GP_CTX_LOAD;
        subject = tup;
    } else if (subject->kind == GP_EXPR_STARRED) {
        gp_parse_invalid_syntax(p);
    }
    if (gp_parse_type(p) == GP_TOK_NEWLINE) {
        gp_token *nl = gp_parse_cur(p);
        gp_parse_error_at(p, "SyntaxError", nl->lineno, nl->col, nl->lineno, nl->col, "expected ':'");
    }
    if (gp_parse_type(p) != GP_TOK_COLON)
        gp_parse_invalid_syntax(p);
    gp_parse_next(p);
    gp_parse_expect(p, GP_TOK_NEWLINE);
    gp_token *ind = gp_parse_cur(p);
    if (ind->type != GP_TOK_INDENT) {
        bool eof = ind->type == GP_TOK_ENDMARKER || ind->type == GP_TOK_DEDENT;
        gp_parse_error_at(p, "IndentationError", ind->lineno, ind->col, ind->end_lineno,
                          eof ? GP_PARSE_END_NONE : ind->end_col,
                          "expected an indented block after 'match' statement on line %d", kw->lineno);
    }
    gp_parse_next(p);
    gp_vec cases = {0};
    while (gp_parse_type(p) != GP_TOK_DEDENT && gp_parse_type(p) != GP_TOK_ENDMARKER)
        gp_parse_vec_push(p, &cases, parse_case(p));
    gp_parse_accept(p, GP_TOK_DEDENT);
    /* the statement ends with the last token of its last case */
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].type == GP_TOK_NEWLINE || p->toks[i].type == GP_TOK_INDENT ||
                     p->toks[i].type == GP_TOK_DEDENT))
        i--;
    gp_loc loc = { start.lineno, start.col_offset, p->toks[i].end_lineno, p->toks[i].end_col };
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_MATCH, &loc);
    s->v.match.subject = subject;
    GP_PARSE_SEQ(s->v.match.cases, cases);
    return s;
}
