/*
 * parser_stmt.c — statements: simple statements (assignments, imports,
 * del, raise, ...) and compound statements (if, while, for, try, with, def,
 * class, decorators, async forms), blocks and indentation errors.
 *
 * `match` is a soft keyword: a line starting with `match` that opens an
 * indented block is a match statement (parser_match.c).
 */
#include <string.h>
#include "parser.h"

static void parse_simple_line(gp_parser *p, gp_vec *out);

static gp_stmt_seq vec_to_stmts(gp_vec *v)
{
    gp_stmt_seq s;
    GP_PARSE_SEQ(s, *v);
    return s;
}

/* A compound statement ends at the last token of its block that is not a
 * NEWLINE, INDENT or DEDENT (a trailing ';' counts, as in CPython). */
static gp_loc block_span(gp_parser *p, const gp_loc *start)
{
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].type == GP_TOK_NEWLINE || p->toks[i].type == GP_TOK_INDENT ||
                     p->toks[i].type == GP_TOK_DEDENT))
        i--;
    gp_loc l = { start->lineno, start->col_offset, p->toks[i].end_lineno, p->toks[i].end_col };
    return l;
}

/* ---- blocks ---- */

static void expect_colon(gp_parser *p)
{
    int t = gp_parse_type(p);
    if (t == GP_TOK_COLON) {
        gp_parse_next(p);
        return;
    }
    if (t == GP_TOK_NEWLINE) {
        gp_token *nl = gp_parse_cur(p);
        gp_parse_error_at(p, "SyntaxError", nl->lineno, nl->col, nl->lineno, nl->col, "expected ':'");
    }
    gp_parse_invalid_syntax(p);
}

gp_stmt_seq gp_parse_block(gp_parser *p, const char *what, int what_line)
{
    expect_colon(p);
    gp_vec body = {0};
    if (gp_parse_type(p) == GP_TOK_NEWLINE) {
        gp_parse_next(p);
        gp_token *t = gp_parse_cur(p);
        if (t->type != GP_TOK_INDENT) {
            bool eof = t->type == GP_TOK_ENDMARKER || t->type == GP_TOK_DEDENT;
            gp_parse_error_at(p, "IndentationError", t->lineno, t->col, t->end_lineno,
                              eof ? GP_PARSE_END_NONE : t->end_col,
                              "expected an indented block after %s on line %d", what, what_line);
        }
        gp_parse_next(p);
        gp_parse_statements_until(p, &body, GP_TOK_DEDENT);
        gp_parse_next(p);
    } else {
        parse_simple_line(p, &body);
    }
    return vec_to_stmts(&body);
}

void gp_parse_statements_until(gp_parser *p, gp_vec *out, int end_type)
{
    while (gp_parse_type(p) != end_type) {
        if (gp_parse_type(p) == GP_TOK_ENDMARKER)
            gp_parse_invalid_syntax(p);
        gp_parse_statement(p, out);
    }
}

/* ---- simple statements ---- */

static gp_expr *parse_condition(gp_parser *p)
{
    gp_expr *e = gp_parse_named_expression(p);
    if (gp_parse_type(p) == GP_TOK_EQUAL) {
        gp_parse_next(p);
        gp_expr *b = gp_parse_bitwise_or(p);
        if (e->kind == GP_EXPR_NAME) {
            gp_loc r = gp_parse_span2(&e->loc, &b->loc);
            gp_parse_error_node(p, &r, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        gp_parse_error_node(p, &e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                            gp_parse_expr_name(e));
    }
    return e;
}

static bool is_bitwise_level(const gp_expr *e)
{
    switch (e->kind) {
    case GP_EXPR_COMPARE: case GP_EXPR_BOOLOP: case GP_EXPR_LAMBDA: case GP_EXPR_IFEXP:
    case GP_EXPR_STARRED: case GP_EXPR_NAMEDEXPR: case GP_EXPR_LIST: case GP_EXPR_TUPLE:
    case GP_EXPR_GENERATOREXP: case GP_EXPR_YIELD: case GP_EXPR_YIELDFROM:
        return false;
    case GP_EXPR_UNARYOP:
        return e->v.unaryop.op != GP_UNARY_NOT;
    case GP_EXPR_CONSTANT:
        return e->v.constant.kind != GP_CONST_TRUE && e->v.constant.kind != GP_CONST_FALSE &&
               e->v.constant.kind != GP_CONST_NONE;
    default:
        return true;
    }
}

static int augassign_op(int t)
{
    switch (t) {
    case GP_TOK_PLUSEQUAL: return 0;
    case GP_TOK_MINEQUAL: return 1;
    case GP_TOK_STAREQUAL: return 2;
    case GP_TOK_SLASHEQUAL: return 3;
    case GP_TOK_DOUBLESLASHEQUAL: return 4;
    case GP_TOK_PERCENTEQUAL: return 5;
    case GP_TOK_DOUBLESTAREQUAL: return 6;
    case GP_TOK_LEFTSHIFTEQUAL: return 7;
    case GP_TOK_RIGHTSHIFTEQUAL: return 8;
    case GP_TOK_AMPEREQUAL: return 9;
    case GP_TOK_VBAREQUAL: return 10;
    case GP_TOK_CIRCUMFLEXEQUAL: return 11;
    case GP_TOK_ATEQUAL: return 12;
    }
    return -1;
}

static gp_expr *parse_rhs(gp_parser *p)
{
    if (gp_parse_type(p) == GP_TOK_KW_YIELD)
        return gp_parse_yield_expr(p);
    return gp_parse_star_expressions(p);
}

static gp_stmt *parse_expr_stmt(gp_parser *p)
{
    gp_token *st = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(st);
    gp_expr *e = parse_rhs(p);
    int t = gp_parse_type(p);
    if (t == GP_TOK_EQUAL) {
        gp_vec targets = {0}, starts = {0};
        gp_expr *value = e;
        gp_token *vstart = st;
        while (gp_parse_accept(p, GP_TOK_EQUAL)) {
            gp_parse_vec_push(p, &targets, value);
            gp_parse_vec_push(p, &starts, vstart);
            vstart = gp_parse_cur(p);
            value = parse_rhs(p);
        }
        for (size_t i = 0; i < targets.n; i++) {
            gp_expr *tg = targets.items[i];
            gp_token *tst = starts.items[i];
            if ((tg->kind == GP_EXPR_YIELD || tg->kind == GP_EXPR_YIELDFROM) && tst->type == GP_TOK_KW_YIELD)
                gp_parse_error_node(p, &tg->loc, "assignment to yield expression not possible");
            const gp_expr *bad = gp_parse_invalid_target(tg, false);
            if (bad && i == 0 && targets.n == 1 && is_bitwise_level(tg) &&
                value->kind != GP_EXPR_YIELD && value->kind != GP_EXPR_YIELDFROM)
                gp_parse_error_node(p, &tg->loc,
                                    "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                    gp_parse_expr_name(tg));
            gp_parse_set_store(p, tg);
        }
        gp_loc loc = gp_parse_span(p, &start);
        gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_ASSIGN, &loc);
        GP_PARSE_SEQ(s->v.assign.targets, targets);
        s->v.assign.value = value;
        return s;
    }
    if (t == GP_TOK_COLON) {
        bool simple = e->kind == GP_EXPR_NAME && st->type != GP_TOK_LPAR;
        if (!gp_parse_starts_expr(gp_parse_type2(p)))
            gp_parse_invalid_syntax(p);
        if (e->kind == GP_EXPR_LIST || e->kind == GP_EXPR_TUPLE) {
            /* a bare a, b: int points at its first element */
            bool bare = st->type != GP_TOK_LPAR && st->type != GP_TOK_LSQB && e->v.list.elts.n > 0;
            gp_expr *at = bare ? e->v.list.elts.items[0] : e;
            gp_parse_error_node(p, &at->loc, "only single target (not %s) can be annotated",
                                e->kind == GP_EXPR_LIST ? "list" : "tuple");
        }
        if (e->kind != GP_EXPR_NAME && e->kind != GP_EXPR_ATTRIBUTE && e->kind != GP_EXPR_SUBSCRIPT)
            gp_parse_error_node(p, &e->loc, "illegal target for annotation");
        gp_parse_next(p);
        gp_parse_set_store(p, e);
        gp_expr *ann = gp_parse_expression(p);
        gp_expr *value = NULL;
        if (gp_parse_accept(p, GP_TOK_EQUAL))
            value = parse_rhs(p);
        gp_loc loc = gp_parse_span(p, &start);
        gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_ANNASSIGN, &loc);
        s->v.annassign.target = e;
        s->v.annassign.annotation = ann;
        s->v.annassign.value = value;
        s->v.annassign.simple = simple;
        return s;
    }
    int op = augassign_op(t);
    if (op >= 0) {
        if (e->kind != GP_EXPR_NAME && e->kind != GP_EXPR_ATTRIBUTE && e->kind != GP_EXPR_SUBSCRIPT)
            gp_parse_error_node(p, &e->loc, "'%s' is an illegal expression for augmented assignment",
                                gp_parse_expr_name(e));
        gp_parse_next(p);
        gp_parse_set_store(p, e);
        gp_expr *value = parse_rhs(p);
        gp_loc loc = gp_parse_span(p, &start);
        gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_AUGASSIGN, &loc);
        s->v.augassign.target = e;
        s->v.augassign.op = op;
        s->v.augassign.value = value;
        return s;
    }
    if (t == GP_TOK_COLONEQUAL && e->kind != GP_EXPR_NAME)
        gp_parse_error_node(p, &e->loc, "cannot use assignment expressions with %s", gp_parse_expr_name(e));
    if (e->kind == GP_EXPR_NAME && gp_parse_starts_expr(t) &&
        (strcmp(e->v.name.id, "print") == 0 || strcmp(e->v.name.id, "exec") == 0)) {
        gp_expr *b = gp_parse_star_expressions(p);
        gp_loc r = gp_parse_span2(&e->loc, &b->loc);
        gp_parse_error_node(p, &r, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                            e->v.name.id, e->v.name.id);
    }
    gp_loc loc = gp_parse_span(p, &start);
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_EXPR, &loc);
    s->v.expr.value = e;
    return s;
}

static const char *parse_dotted_name(gp_parser *p)
{
    gp_token *first = gp_parse_cur(p);
    if (first->type != GP_TOK_NAME)
        gp_parse_invalid_syntax(p);
    gp_parse_next(p);
    gp_token *last = first;
    bool dotted = false;
    while (gp_parse_type(p) == GP_TOK_DOT) {
        gp_parse_next(p);
        last = gp_parse_cur(p);
        if (last->type != GP_TOK_NAME)
            gp_parse_invalid_syntax(p);
        gp_parse_next(p);
        dotted = true;
    }
    if (!dotted)
        return gp_parse_ident(p, first);
    /* Rebuild "a.b.c" without any whitespace between the parts. */
    gp_strbuf b = {0};
    for (gp_token *t = first; t <= last; t++)
        if (t->type == GP_TOK_NAME || t->type == GP_TOK_DOT)
            gp_parse_strbuf_add(p, &b, t->start, (size_t)t->len);
    gp_parse_strbuf_add(p, &b, "", 1);
    return b.s;
}

static gp_alias *parse_alias(gp_parser *p, bool dotted)
{
    gp_token *st = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(st);
    gp_alias *a = gp_parse_alloc(p, sizeof *a);
    if (dotted) {
        a->name = parse_dotted_name(p);
    } else {
        if (st->type != GP_TOK_NAME)
            gp_parse_invalid_syntax(p);
        gp_parse_next(p);
        a->name = gp_parse_ident(p, st);
    }
    if (gp_parse_accept(p, GP_TOK_KW_AS)) {
        gp_token *n = gp_parse_cur(p);
        if (n->type != GP_TOK_NAME)
            gp_parse_invalid_syntax(p);
        gp_parse_next(p);
        a->asname = gp_parse_ident(p, n);
    }
    a->loc = gp_parse_span(p, &start);
    return a;
}

static gp_stmt *parse_import(gp_parser *p, const gp_loc *start)
{
    gp_vec names = {0};
    do
        gp_parse_vec_push(p, &names, parse_alias(p, true));
    while (gp_parse_accept(p, GP_TOK_COMMA));
    gp_loc loc = gp_parse_span(p, start);
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_IMPORT, &loc);
    GP_PARSE_SEQ(s->v.import.names, names);
    return s;
}

static gp_stmt *parse_from_import(gp_parser *p, const gp_loc *start)
{
    int level = 0;
    for (;;) {
        int t = gp_parse_type(p);
        if (t == GP_TOK_DOT)
            level++;
        else if (t == GP_TOK_ELLIPSIS)
            level += 3;
        else
            break;
        gp_parse_next(p);
    }
    const char *module = NULL;
    if (gp_parse_type(p) != GP_TOK_KW_IMPORT || level == 0)
        module = parse_dotted_name(p);
    gp_parse_expect(p, GP_TOK_KW_IMPORT);
    gp_vec names = {0};
    gp_token *t = gp_parse_cur(p);
    if (t->type == GP_TOK_STAR) {
        gp_parse_next(p);
        gp_alias *a = gp_parse_alloc(p, sizeof *a);
        a->name = "*";
        a->loc = gp_parse_tok_loc(t);
        gp_parse_vec_push(p, &names, a);
    } else if (t->type == GP_TOK_LPAR) {
        gp_parse_next(p);
        do {
            if (gp_parse_type(p) == GP_TOK_RPAR && names.n > 0)
                break;
            gp_parse_vec_push(p, &names, parse_alias(p, false));
        } while (gp_parse_accept(p, GP_TOK_COMMA));
        gp_parse_expect(p, GP_TOK_RPAR);
    } else {
        for (;;) {
            gp_parse_vec_push(p, &names, parse_alias(p, false));
            if (!gp_parse_accept(p, GP_TOK_COMMA))
                break;
            if (gp_parse_type(p) == GP_TOK_NEWLINE) {
                gp_token *c = gp_parse_cur(p);
                gp_parse_error_tok(p, c, "trailing comma not allowed without surrounding parentheses");
            }
        }
    }
    gp_loc loc = gp_parse_span(p, start);
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_IMPORTFROM, &loc);
    s->v.importfrom.module = module;
    GP_PARSE_SEQ(s->v.importfrom.names, names);
    s->v.importfrom.level = level;
    return s;
}

static gp_stmt *parse_del(gp_parser *p, const gp_loc *start)
{
    gp_vec targets = {0};
    for (;;) {
        int t = gp_parse_type(p);
        gp_expr *e;
        if (t == GP_TOK_STAR) {
            gp_token *star = gp_parse_next(p);
            gp_loc sl = gp_parse_tok_loc(star);
            gp_expr *v = gp_parse_bitwise_or(p);
            gp_loc loc = gp_parse_span2(&sl, &v->loc);
            e = gp_parse_new_expr(p, GP_EXPR_STARRED, &loc);
            e->v.starred.value = v;
        } else {
            e = gp_parse_expression(p);
        }
        gp_parse_set_del(p, e);
        gp_parse_vec_push(p, &targets, e);
        if (!gp_parse_accept(p, GP_TOK_COMMA))
            break;
        t = gp_parse_type(p);
        if (!gp_parse_starts_expr(t) && t != GP_TOK_STAR)
            break;
    }
    gp_loc loc = gp_parse_span(p, start);
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_DELETE, &loc);
    GP_PARSE_SEQ(s->v.delete_.targets, targets);
    return s;
}

static gp_stmt *parse_simple_stmt(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_stmt *s;
    switch (t->type) {
    case GP_TOK_KW_PASS:
        gp_parse_next(p);
        return gp_parse_new_stmt(p, GP_STMT_PASS, &start);
    case GP_TOK_KW_BREAK:
        gp_parse_next(p);
        return gp_parse_new_stmt(p, GP_STMT_BREAK, &start);
    case GP_TOK_KW_CONTINUE:
        gp_parse_next(p);
        return gp_parse_new_stmt(p, GP_STMT_CONTINUE, &start);
    case GP_TOK_KW_RETURN: {
        gp_parse_next(p);
        gp_expr *v = NULL;
        int nt = gp_parse_type(p);
        if (gp_parse_starts_expr(nt) || nt == GP_TOK_STAR)
            v = gp_parse_star_expressions(p);
        gp_loc loc = gp_parse_span(p, &start);
        s = gp_parse_new_stmt(p, GP_STMT_RETURN, &loc);
        s->v.return_.value = v;
        return s;
    }
    case GP_TOK_KW_RAISE: {
        gp_parse_next(p);
        gp_expr *exc = NULL, *cause = NULL;
        if (gp_parse_starts_expr(gp_parse_type(p))) {
            exc = gp_parse_expression(p);
            if (gp_parse_accept(p, GP_TOK_KW_FROM))
                cause = gp_parse_expression(p);
        }
        gp_loc loc = gp_parse_span(p, &start);
        s = gp_parse_new_stmt(p, GP_STMT_RAISE, &loc);
        s->v.raise.exc = exc;
        s->v.raise.cause = cause;
        return s;
    }
    case GP_TOK_KW_GLOBAL:
    case GP_TOK_KW_NONLOCAL: {
        gp_parse_next(p);
        gp_vec names = {0};
        do {
            gp_token *n = gp_parse_cur(p);
            if (n->type != GP_TOK_NAME)
                gp_parse_invalid_syntax(p);
            gp_parse_next(p);
            gp_parse_vec_push(p, &names, (void *)gp_parse_ident(p, n));
        } while (gp_parse_accept(p, GP_TOK_COMMA));
        gp_loc loc = gp_parse_span(p, &start);
        s = gp_parse_new_stmt(p, t->type == GP_TOK_KW_GLOBAL ? GP_STMT_GLOBAL : GP_STMT_NONLOCAL, &loc);
        GP_PARSE_SEQ(s->v.global.names, names);
        return s;
    }
    case GP_TOK_KW_DEL:
        gp_parse_next(p);
        return parse_del(p, &start);
    case GP_TOK_KW_ASSERT: {
        gp_parse_next(p);
        gp_expr *test = gp_parse_expression(p), *msg = NULL;
        if (gp_parse_accept(p, GP_TOK_COMMA))
            msg = gp_parse_expression(p);
        gp_loc loc = gp_parse_span(p, &start);
        s = gp_parse_new_stmt(p, GP_STMT_ASSERT, &loc);
        s->v.assert_.test = test;
        s->v.assert_.msg = msg;
        return s;
    }
    case GP_TOK_KW_IMPORT:
        gp_parse_next(p);
        return parse_import(p, &start);
    case GP_TOK_KW_FROM:
        gp_parse_next(p);
        return parse_from_import(p, &start);
    }
    if (!gp_parse_starts_expr(t->type) && t->type != GP_TOK_STAR && t->type != GP_TOK_KW_YIELD)
        gp_parse_invalid_syntax(p);
    return parse_expr_stmt(p);
}

static void parse_simple_line(gp_parser *p, gp_vec *out)
{
    for (;;) {
        gp_parse_vec_push(p, out, parse_simple_stmt(p));
        if (!gp_parse_accept(p, GP_TOK_SEMI))
            break;
        if (gp_parse_type(p) == GP_TOK_NEWLINE)
            break;
    }
    if (gp_parse_type(p) != GP_TOK_NEWLINE)
        gp_parse_invalid_syntax(p);
    gp_parse_next(p);
}

/* ---- compound statements ---- */

static gp_stmt *parse_if(gp_parser *p, const char *what)
{
    gp_token *t = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_expr *test = parse_condition(p);
    gp_stmt_seq body = gp_parse_block(p, what, t->lineno);
    gp_stmt_seq orelse = {0};
    if (gp_parse_type(p) == GP_TOK_KW_ELIF) {
        gp_parse_enter(p);
        gp_stmt *elif = parse_if(p, "'elif' statement");
        p->depth--;
        orelse.n = 1;
        orelse.items = gp_parse_alloc(p, sizeof(gp_stmt *));
        orelse.items[0] = elif;
    } else if (gp_parse_type(p) == GP_TOK_KW_ELSE) {
        gp_token *e = gp_parse_next(p);
        orelse = gp_parse_block(p, "'else' statement", e->lineno);
    }
    gp_loc loc = block_span(p, &start);
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_IF, &loc);
    s->v.if_.test = test;
    s->v.if_.body = body;
    s->v.if_.orelse = orelse;
    return s;
}

static gp_stmt_seq parse_else(gp_parser *p)
{
    gp_stmt_seq orelse = {0};
    if (gp_parse_type(p) == GP_TOK_KW_ELSE) {
        gp_token *e = gp_parse_next(p);
        orelse = gp_parse_block(p, "'else' statement", e->lineno);
    }
    return orelse;
}

static gp_stmt *parse_while(gp_parser *p)
{
    gp_token *t = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_expr *test = parse_condition(p);
    gp_stmt_seq body = gp_parse_block(p, "'while' statement", t->lineno);
    gp_stmt_seq orelse = parse_else(p);
    gp_loc loc = block_span(p, &start);
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_WHILE, &loc);
    s->v.while_.test = test;
    s->v.while_.body = body;
    s->v.while_.orelse = orelse;
    return s;
}

static gp_stmt *parse_for(gp_parser *p, const gp_loc *start, bool is_async)
{
    gp_token *t = gp_parse_next(p);
    gp_expr *target = gp_parse_star_targets(p, GP_TOK_KW_IN);
    gp_parse_set_store(p, target);
    gp_parse_expect(p, GP_TOK_KW_IN);
    gp_expr *iter = gp_parse_star_expressions(p);
    gp_stmt_seq body = gp_parse_block(p, "'for' statement", t->lineno);
    gp_stmt_seq orelse = parse_else(p);
    gp_loc loc = block_span(p, start);
    gp_stmt *s = gp_parse_new_stmt(p, is_async ? GP_STMT_ASYNCFOR : GP_STMT_FOR, &loc);
    s->v.for_.target = target;
    s->v.for_.iter = iter;
    s->v.for_.body = body;
    s->v.for_.orelse = orelse;
    return s;
}

static gp_withitem *parse_with_item(gp_parser *p)
{
    gp_withitem *w = gp_parse_alloc(p, sizeof *w);
    w->context_expr = gp_parse_expression(p);
    if (gp_parse_accept(p, GP_TOK_KW_AS)) {
        gp_expr *t;
        if (gp_parse_type(p) == GP_TOK_STAR) {
            gp_token *star = gp_parse_next(p);
            gp_loc sl = gp_parse_tok_loc(star);
            gp_expr *v = gp_parse_bitwise_or(p);
            gp_loc loc = gp_parse_span2(&sl, &v->loc);
            t = gp_parse_new_expr(p, GP_EXPR_STARRED, &loc);
            t->v.starred.value = v;
        } else {
            t = gp_parse_bitwise_or(p);
        }
        int nt = gp_parse_type(p);
        if (nt != GP_TOK_COMMA && nt != GP_TOK_RPAR && nt != GP_TOK_COLON && nt != GP_TOK_NEWLINE)
            gp_parse_invalid_syntax(p);
        gp_parse_set_store(p, t);
        w->optional_vars = t;
    }
    return w;
}

/* with (a, b as c): — parenthesised items, told apart from a
 * parenthesised expression by the ':' right after the matching ')'. */
static bool with_parenthesized_items(gp_parser *p)
{
    if (gp_parse_type(p) != GP_TOK_LPAR)
        return false;
    int depth = 0;
    for (int i = p->pos; i < p->ntoks; i++) {
        int t = p->toks[i].type;
        if (t == GP_TOK_LPAR || t == GP_TOK_LSQB || t == GP_TOK_LBRACE) {
            depth++;
        } else if (t == GP_TOK_RPAR || t == GP_TOK_RSQB || t == GP_TOK_RBRACE) {
            if (--depth == 0)
                return i + 1 < p->ntoks && p->toks[i + 1].type == GP_TOK_COLON;
        } else if (t == GP_TOK_NEWLINE || t == GP_TOK_ENDMARKER || t == GP_TOK_ERRORTOKEN) {
            return false;
        }
    }
    return false;
}

static gp_stmt *parse_with(gp_parser *p, const gp_loc *start, bool is_async)
{
    gp_token *t = gp_parse_next(p);
    gp_vec items = {0};
    if (with_parenthesized_items(p)) {
        gp_parse_next(p);
        do {
            if (gp_parse_type(p) == GP_TOK_RPAR && items.n > 0)
                break;
            gp_parse_vec_push(p, &items, parse_with_item(p));
        } while (gp_parse_accept(p, GP_TOK_COMMA));
        gp_parse_expect(p, GP_TOK_RPAR);
    } else {
        do
            gp_parse_vec_push(p, &items, parse_with_item(p));
        while (gp_parse_accept(p, GP_TOK_COMMA));
    }
    gp_stmt_seq body = gp_parse_block(p, "'with' statement", t->lineno);
    gp_loc loc = block_span(p, start);
    gp_stmt *s = gp_parse_new_stmt(p, is_async ? GP_STMT_ASYNCWITH : GP_STMT_WITH, &loc);
    GP_PARSE_SEQ(s->v.with.items, items);
    s->v.with.body = body;
    return s;
}

static gp_stmt *parse_try(gp_parser *p)
{
    gp_token *t = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_stmt_seq body = gp_parse_block(p, "'try' statement", t->lineno);
    gp_vec handlers = {0};
    int star = -1;
    while (gp_parse_type(p) == GP_TOK_KW_EXCEPT) {
        gp_token *ex = gp_parse_next(p);
        gp_loc hstart = gp_parse_tok_loc(ex);
        bool is_star = gp_parse_accept(p, GP_TOK_STAR);
        if (star >= 0 && star != is_star)
            gp_parse_error_tok(p, ex, "cannot have both 'except' and 'except*' on the same 'try'");
        star = is_star;
        gp_excepthandler *h = gp_parse_alloc(p, sizeof *h);
        if ((gp_parse_type(p) != GP_TOK_COLON && gp_parse_type(p) != GP_TOK_NEWLINE) || is_star) {
            if (is_star && gp_parse_type(p) == GP_TOK_COLON)
                gp_parse_error_tok(p, gp_parse_cur(p), "expected one or more exception types");
            h->type = gp_parse_expression(p);
            if (gp_parse_type(p) == GP_TOK_COMMA) {
                gp_parse_next(p);
                gp_expr *more = gp_parse_expression(p);
                gp_loc r = gp_parse_span2(&h->type->loc, &more->loc);
                gp_parse_error_node(p, &r, "multiple exception types must be parenthesized");
            }
            if (gp_parse_accept(p, GP_TOK_KW_AS)) {
                gp_token *n = gp_parse_cur(p);
                if (n->type != GP_TOK_NAME)
                    gp_parse_invalid_syntax(p);
                gp_parse_next(p);
                h->name = gp_parse_ident(p, n);
            }
        }
        h->body = gp_parse_block(p, is_star ? "'except*' statement" : "'except' statement", ex->lineno);
        h->loc = block_span(p, &hstart);
        gp_parse_vec_push(p, &handlers, h);
    }
    gp_stmt_seq orelse = {0}, finalbody = {0};
    if (handlers.n > 0)
        orelse = parse_else(p);
    if (gp_parse_type(p) == GP_TOK_KW_FINALLY) {
        gp_token *f = gp_parse_next(p);
        finalbody = gp_parse_block(p, "'finally' statement", f->lineno);
    }
    if (handlers.n == 0 && finalbody.n == 0) {
        gp_token *c = gp_parse_cur(p);
        bool eof = c->type == GP_TOK_ENDMARKER || c->type == GP_TOK_DEDENT;
        gp_parse_error_at(p, "SyntaxError", c->lineno, c->col, c->end_lineno,
                          eof ? GP_PARSE_END_NONE : c->end_col, "expected 'except' or 'finally' block");
    }
    gp_loc loc = block_span(p, &start);
    gp_stmt *s = gp_parse_new_stmt(p, star == 1 ? GP_STMT_TRYSTAR : GP_STMT_TRY, &loc);
    s->v.try_.body = body;
    GP_PARSE_SEQ(s->v.try_.handlers, handlers);
    s->v.try_.orelse = orelse;
    s->v.try_.finalbody = finalbody;
    return s;
}

static gp_stmt *parse_funcdef(gp_parser *p, const gp_loc *start, bool is_async, gp_vec *decos)
{
    gp_token *t = gp_parse_next(p);
    gp_token *name = gp_parse_cur(p);
    if (name->type != GP_TOK_NAME)
        gp_parse_invalid_syntax(p);
    gp_parse_next(p);
    if (gp_parse_type(p) != GP_TOK_LPAR)
        gp_parse_error_tok(p, gp_parse_cur(p), "expected '('");
    gp_parse_next(p);
    gp_arguments *args = gp_parse_parameters(p, false, GP_TOK_RPAR);
    gp_parse_expect(p, GP_TOK_RPAR);
    gp_expr *returns = NULL;
    if (gp_parse_type(p) == GP_TOK_RARROW) {
        gp_token *arrow = gp_parse_next(p);
        if (gp_parse_type(p) == GP_TOK_COLON)
            gp_parse_error_tok(p, arrow, "expected ':'");
        returns = gp_parse_expression(p);
    }
    gp_stmt_seq body = gp_parse_block(p, "function definition", t->lineno);
    gp_loc loc = block_span(p, start);
    gp_stmt *s = gp_parse_new_stmt(p, is_async ? GP_STMT_ASYNCFUNCTIONDEF : GP_STMT_FUNCTIONDEF, &loc);
    s->v.funcdef.name = gp_parse_ident(p, name);
    s->v.funcdef.args = args;
    s->v.funcdef.body = body;
    if (decos)
        GP_PARSE_SEQ(s->v.funcdef.decorator_list, *decos);
    s->v.funcdef.returns = returns;
    return s;
}

static gp_stmt *parse_classdef(gp_parser *p, gp_vec *decos)
{
    gp_token *t = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_token *name = gp_parse_cur(p);
    if (name->type != GP_TOK_NAME)
        gp_parse_invalid_syntax(p);
    gp_parse_next(p);
    gp_expr_seq bases = {0};
    gp_keyword_seq keywords = {0};
    if (gp_parse_type(p) == GP_TOK_LPAR) {
        gp_token *open = gp_parse_next(p);
        gp_parse_call_args(p, &bases, &keywords, open);
    }
    gp_stmt_seq body = gp_parse_block(p, "class definition", t->lineno);
    gp_loc loc = block_span(p, &start);
    gp_stmt *s = gp_parse_new_stmt(p, GP_STMT_CLASSDEF, &loc);
    s->v.classdef.name = gp_parse_ident(p, name);
    s->v.classdef.bases = bases;
    s->v.classdef.keywords = keywords;
    s->v.classdef.body = body;
    if (decos)
        GP_PARSE_SEQ(s->v.classdef.decorator_list, *decos);
    return s;
}

static gp_stmt *parse_async(gp_parser *p, gp_vec *decos)
{
    gp_token *a = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(a);
    switch (gp_parse_type(p)) {
    case GP_TOK_KW_DEF: return parse_funcdef(p, &start, true, decos);
    case GP_TOK_KW_FOR: if (!decos) return parse_for(p, &start, true); break;
    case GP_TOK_KW_WITH: if (!decos) return parse_with(p, &start, true); break;
    }
    gp_parse_invalid_syntax(p);
}

static gp_stmt *parse_decorated(gp_parser *p)
{
    gp_vec decos = {0};
    while (gp_parse_accept(p, GP_TOK_AT)) {
        gp_parse_vec_push(p, &decos, gp_parse_named_expression(p));
        gp_parse_expect(p, GP_TOK_NEWLINE);
    }
    gp_token *t = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(t);
    switch (t->type) {
    case GP_TOK_KW_DEF: return parse_funcdef(p, &start, false, &decos);
    case GP_TOK_KW_CLASS: return parse_classdef(p, &decos);
    case GP_TOK_KW_ASYNC: return parse_async(p, &decos);
    }
    gp_parse_invalid_syntax(p);
}

/* A logical line `match ...:` followed by an indented block, or one where
 * `match` is followed by a name, number, string or '{' (never a valid
 * simple statement: parser_match.c reports what is missing). */
static bool is_match_stmt(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    if (t->len != 5 || memcmp(t->start, "match", 5) != 0)
        return false;
    int t2 = gp_parse_type2(p);
    if (t2 == GP_TOK_NAME || t2 == GP_TOK_NUMBER || t2 == GP_TOK_STRING || t2 == GP_TOK_LBRACE)
        return true;
    if (!gp_parse_starts_expr(t2) && t2 != GP_TOK_STAR)
        return false;
    for (int i = p->pos + 1; i + 2 < p->ntoks; i++) {
        int tt = p->toks[i].type;
        if (tt == GP_TOK_NEWLINE || tt == GP_TOK_ENDMARKER || tt == GP_TOK_ERRORTOKEN)
            return false;
        if (tt == GP_TOK_COLON && p->toks[i + 1].type == GP_TOK_NEWLINE &&
            p->toks[i + 2].type == GP_TOK_INDENT)
            return true;
    }
    return false;
}

void gp_parse_statement(gp_parser *p, gp_vec *out)
{
    gp_token *t = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_stmt *s;
    switch (t->type) {
    case GP_TOK_KW_IF: s = parse_if(p, "'if' statement"); break;
    case GP_TOK_KW_WHILE: s = parse_while(p); break;
    case GP_TOK_KW_FOR: s = parse_for(p, &start, false); break;
    case GP_TOK_KW_WITH: s = parse_with(p, &start, false); break;
    case GP_TOK_KW_TRY: s = parse_try(p); break;
    case GP_TOK_KW_DEF: s = parse_funcdef(p, &start, false, NULL); break;
    case GP_TOK_KW_CLASS: s = parse_classdef(p, NULL); break;
    case GP_TOK_AT: s = parse_decorated(p); break;
    case GP_TOK_KW_ASYNC: s = parse_async(p, NULL); break;
    case GP_TOK_NEWLINE:
        /* only reachable in odd inputs like a lone ';' line */
        gp_parse_invalid_syntax(p);
    case GP_TOK_INDENT:
        gp_parse_error_at(p, "IndentationError", t->lineno, t->end_col - 1, t->lineno, GP_PARSE_END_NONE,
                          "unexpected indent");
    default:
        if (t->type == GP_TOK_NAME && is_match_stmt(p)) {
            s = gp_parse_match_stmt(p);
            break;
        }
        parse_simple_line(p, out);
        return;
    }
    gp_parse_vec_push(p, out, s);
}
