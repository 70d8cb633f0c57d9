/*
 * parser_expr.c — expressions: the precedence ladder of Python 3.11
 * (lambda/if-else, or, and, not, comparisons, | ^ & << >> + - * / // % @,
 * unary, **, await, primaries, atoms), displays and comprehensions, call
 * arguments, subscripts and slices, and parameter lists (shared by def
 * and lambda).
 *
 * Binary operators use precedence climbing in a loop, so long chains cost
 * no recursion; everything that does recurse passes gp_parse_enter().
 */
#include <string.h>
#include "parser.h"

static gp_expr *parse_primary(gp_parser *p);
static gp_expr *parse_factor(gp_parser *p);
static gp_expr *parse_comprehension_tail(gp_parser *p, gp_expr_kind kind, gp_expr *elt,
                                         gp_expr *value, const gp_loc *start);

bool gp_parse_starts_expr(int t)
{
    switch (t) {
    case GP_TOK_NAME: case GP_TOK_NUMBER: case GP_TOK_STRING: case GP_TOK_LPAR:
    case GP_TOK_LSQB: case GP_TOK_LBRACE: case GP_TOK_MINUS: case GP_TOK_PLUS:
    case GP_TOK_TILDE: case GP_TOK_KW_NOT: case GP_TOK_KW_LAMBDA: case GP_TOK_KW_AWAIT:
    case GP_TOK_KW_NONE: case GP_TOK_KW_TRUE: case GP_TOK_KW_FALSE: case GP_TOK_ELLIPSIS:
        return true;
    }
    return false;
}

const char *gp_parse_expr_name(const gp_expr *e)
{
    switch (e->kind) {
    case GP_EXPR_ATTRIBUTE: return "attribute";
    case GP_EXPR_SUBSCRIPT: return "subscript";
    case GP_EXPR_STARRED: return "starred";
    case GP_EXPR_NAME: return "name";
    case GP_EXPR_LIST: return "list";
    case GP_EXPR_TUPLE: return "tuple";
    case GP_EXPR_LAMBDA: return "lambda";
    case GP_EXPR_CALL: return "function call";
    case GP_EXPR_BOOLOP: case GP_EXPR_BINOP: case GP_EXPR_UNARYOP: return "expression";
    case GP_EXPR_GENERATOREXP: return "generator expression";
    case GP_EXPR_YIELD: case GP_EXPR_YIELDFROM: return "yield expression";
    case GP_EXPR_AWAIT: return "await expression";
    case GP_EXPR_LISTCOMP: return "list comprehension";
    case GP_EXPR_SETCOMP: return "set comprehension";
    case GP_EXPR_DICTCOMP: return "dict comprehension";
    case GP_EXPR_DICT: return "dict literal";
    case GP_EXPR_SET: return "set display";
    case GP_EXPR_JOINEDSTR: case GP_EXPR_FORMATTEDVALUE: return "f-string expression";
    case GP_EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case GP_CONST_NONE: return "None";
        case GP_CONST_TRUE: return "True";
        case GP_CONST_FALSE: return "False";
        case GP_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case GP_EXPR_COMPARE: return "comparison";
    case GP_EXPR_IFEXP: return "conditional expression";
    case GP_EXPR_NAMEDEXPR: return "named expression";
    case GP_EXPR_SLICE: return "slice";
    }
    return "expression";
}

static gp_expr *new_name(gp_parser *p, const gp_token *t, gp_expr_ctx ctx)
{
    gp_loc loc = gp_parse_tok_loc(t);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_NAME, &loc);
    e->v.name.id = gp_parse_ident(p, t);
    e->v.name.ctx = ctx;
    return e;
}

static gp_expr *new_const(gp_parser *p, const gp_token *t, gp_const_kind kind)
{
    gp_loc loc = gp_parse_tok_loc(t);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_CONSTANT, &loc);
    e->v.constant.kind = kind;
    return e;
}

static gp_expr *new_tuple(gp_parser *p, gp_vec *elts, const gp_loc *loc, gp_expr_kind kind)
{
    gp_expr *e = gp_parse_new_expr(p, kind, loc);
    GP_PARSE_SEQ(e->v.list.elts, *elts);
    e->v.list.ctx = GP_CTX_LOAD;
    return e;
}

static bool at_comp_for(gp_parser *p)
{
    int t = gp_parse_type(p);
    return t == GP_TOK_KW_FOR || (t == GP_TOK_KW_ASYNC && gp_parse_type2(p) == GP_TOK_KW_FOR);
}

/* "invalid syntax. Perhaps you forgot a comma?" inside brackets, when an
 * element is directly followed by the start of another expression. */
static void check_missing_comma(gp_parser *p, gp_expr *a)
{
    if (a->kind == GP_EXPR_SLICE) {
        /* a[1:2 3]: the hint spans the slice's last part */
        gp_expr *last = a->v.slice.step ? a->v.slice.step : a->v.slice.upper ? a->v.slice.upper
                                                                           : a->v.slice.lower;
        if (!last)
            return;
        a = last;
    }
    int t = gp_parse_type(p);
    if (!gp_parse_starts_expr(t) || t == GP_TOK_KW_NOT)
        return;
    if (a->kind == GP_EXPR_STARRED || a->kind == GP_EXPR_LAMBDA || a->kind == GP_EXPR_IFEXP ||
        a->kind == GP_EXPR_NAMEDEXPR)
        return;
    /* a NAME followed by a STRING is a legacy print/exec, not a list */
    if (a->kind == GP_EXPR_NAME && t == GP_TOK_STRING)
        return;
    gp_expr *b = gp_parse_expression(p);
    /* CPython ends up reporting an unclosed bracket instead when the
     * line ends there and the bracket never closes. */
    if (p->lex.eof_in_paren &&
        (gp_parse_cur(p)->lineno > b->loc.end_lineno || b->loc.lineno > a->loc.end_lineno))
        gp_parse_lexer_error(p);
    gp_loc r = gp_parse_span2(&a->loc, &b->loc);
    gp_parse_error_node(p, &r, "invalid syntax. Perhaps you forgot a comma?");
}

/* (x = 1) and [f() = 1]: CPython's hints for '=' where '==' was meant. */
static void check_equal_sign(gp_parser *p, gp_expr *a)
{
    if (gp_parse_type(p) != GP_TOK_EQUAL)
        return;
    if (a->kind == GP_EXPR_NAME) {
        gp_parse_next(p);
        gp_expr *b = gp_parse_bitwise_or(p);
        int t = gp_parse_type(p);
        if (t != GP_TOK_EQUAL && t != GP_TOK_COLONEQUAL) {
            gp_loc r = gp_parse_span2(&a->loc, &b->loc);
            gp_parse_error_node(p, &r, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        gp_parse_invalid_syntax(p);
    }
    switch (a->kind) {
    case GP_EXPR_LIST: case GP_EXPR_TUPLE: case GP_EXPR_GENERATOREXP: case GP_EXPR_STARRED:
    case GP_EXPR_COMPARE: case GP_EXPR_BOOLOP: case GP_EXPR_LAMBDA: case GP_EXPR_IFEXP:
    case GP_EXPR_NAMEDEXPR:
        return;
    case GP_EXPR_UNARYOP:
        if (a->v.unaryop.op == GP_UNARY_NOT)
            return;
        break;
    case GP_EXPR_CONSTANT:
        if (a->v.constant.kind == GP_CONST_TRUE || a->v.constant.kind == GP_CONST_FALSE ||
            a->v.constant.kind == GP_CONST_NONE)
            return;
        break;
    default:
        break;
    }
    gp_parse_error_node(p, &a->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                        gp_parse_expr_name(a));
}

static void no_starred_comp(gp_parser *p, gp_expr *elt)
{
    if (elt->kind == GP_EXPR_STARRED)
        gp_parse_error_node(p, &elt->loc, "iterable unpacking cannot be used in comprehension");
}

/* ---- atoms ---- */

static gp_expr *parse_paren(gp_parser *p)
{
    gp_token *open = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(open);
    gp_vec elts = {0};
    if (gp_parse_accept(p, GP_TOK_RPAR)) {
        gp_loc loc = gp_parse_span(p, &start);
        return new_tuple(p, &elts, &loc, GP_EXPR_TUPLE);
    }
    if (gp_parse_type(p) == GP_TOK_DOUBLESTAR)
        gp_parse_error_tok(p, gp_parse_cur(p), "cannot use double starred expression here");
    if (gp_parse_type(p) == GP_TOK_KW_YIELD) {
        gp_expr *y = gp_parse_yield_expr(p);
        gp_parse_expect(p, GP_TOK_RPAR);
        return y;
    }
    gp_expr *first = gp_parse_star_named_expression(p);
    if (at_comp_for(p)) {
        no_starred_comp(p, first);
        return parse_comprehension_tail(p, GP_EXPR_GENERATOREXP, first, NULL, &start);
    }
    if (gp_parse_type(p) != GP_TOK_COMMA) {
        if (gp_parse_type(p) != GP_TOK_RPAR) {
            check_equal_sign(p, first);
            check_missing_comma(p, first);
            gp_parse_invalid_syntax(p);
        }
        gp_parse_next(p);
        if (first->kind == GP_EXPR_STARRED)
            gp_parse_error_node(p, &first->loc, "cannot use starred expression here");
        return first;
    }
    gp_parse_vec_push(p, &elts, first);
    while (gp_parse_accept(p, GP_TOK_COMMA)) {
        if (gp_parse_type(p) == GP_TOK_RPAR)
            break;
        gp_expr *e = gp_parse_star_named_expression(p);
        gp_parse_vec_push(p, &elts, e);
        if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RPAR) {
            check_equal_sign(p, e);
            check_missing_comma(p, e);
        }
    }
    gp_parse_expect(p, GP_TOK_RPAR);
    gp_loc loc = gp_parse_span(p, &start);
    return new_tuple(p, &elts, &loc, GP_EXPR_TUPLE);
}

static gp_expr *parse_list(gp_parser *p)
{
    gp_token *open = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(open);
    gp_vec elts = {0};
    if (gp_parse_type(p) != GP_TOK_RSQB) {
        gp_expr *first = gp_parse_star_named_expression(p);
        if (at_comp_for(p)) {
            no_starred_comp(p, first);
            return parse_comprehension_tail(p, GP_EXPR_LISTCOMP, first, NULL, &start);
        }
        gp_parse_vec_push(p, &elts, first);
        if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RSQB) {
            check_equal_sign(p, first);
            check_missing_comma(p, first);
        }
        while (gp_parse_accept(p, GP_TOK_COMMA)) {
            if (gp_parse_type(p) == GP_TOK_RSQB)
                break;
            gp_expr *e = gp_parse_star_named_expression(p);
            gp_parse_vec_push(p, &elts, e);
            if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RSQB) {
                check_equal_sign(p, e);
                check_missing_comma(p, e);
            }
        }
    }
    gp_parse_expect(p, GP_TOK_RSQB);
    gp_loc loc = gp_parse_span(p, &start);
    return new_tuple(p, &elts, &loc, GP_EXPR_LIST);
}

static gp_expr *parse_dict_tail(gp_parser *p, gp_vec *keys, gp_vec *values, const gp_loc *start)
{
    while (gp_parse_accept(p, GP_TOK_COMMA)) {
        if (gp_parse_type(p) == GP_TOK_RBRACE)
            break;
        if (gp_parse_accept(p, GP_TOK_DOUBLESTAR)) {
            gp_parse_vec_push(p, keys, NULL);
            gp_parse_vec_push(p, values, gp_parse_bitwise_or(p));
            continue;
        }
        gp_expr *k = gp_parse_expression(p);
        if (gp_parse_type(p) != GP_TOK_COLON) {
            if (gp_parse_type(p) == GP_TOK_RBRACE || gp_parse_type(p) == GP_TOK_COMMA)
                gp_parse_error_at(p, "SyntaxError", k->loc.lineno, k->loc.col_offset,
                                  k->loc.end_lineno, -1, "':' expected after dictionary key");
            gp_parse_invalid_syntax(p);
        }
        gp_token *colon = gp_parse_next(p);
        if (gp_parse_type(p) == GP_TOK_RBRACE || gp_parse_type(p) == GP_TOK_COMMA)
            gp_parse_error_tok(p, colon, "expression expected after dictionary key and ':'");
        gp_parse_vec_push(p, keys, k);
        gp_parse_vec_push(p, values, gp_parse_expression(p));
    }
    gp_parse_expect(p, GP_TOK_RBRACE);
    gp_loc loc = gp_parse_span(p, start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_DICT, &loc);
    GP_PARSE_SEQ(e->v.dict.keys, *keys);
    GP_PARSE_SEQ(e->v.dict.values, *values);
    return e;
}

static gp_expr *parse_brace(gp_parser *p)
{
    gp_token *open = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(open);
    gp_vec keys = {0}, values = {0};
    if (gp_parse_type(p) == GP_TOK_RBRACE) {
        gp_parse_next(p);
        gp_loc loc = gp_parse_span(p, &start);
        return gp_parse_new_expr(p, GP_EXPR_DICT, &loc);
    }
    if (gp_parse_type(p) == GP_TOK_DOUBLESTAR) {
        gp_loc ds = gp_parse_tok_loc(gp_parse_next(p));
        gp_parse_vec_push(p, &keys, NULL);
        gp_parse_vec_push(p, &values, gp_parse_bitwise_or(p));
        if (at_comp_for(p))
            gp_parse_error_node(p, &ds, "dict unpacking cannot be used in dict comprehension");
        return parse_dict_tail(p, &keys, &values, &start);
    }
    gp_expr *first = gp_parse_star_named_expression(p);
    if (gp_parse_type(p) == GP_TOK_COLON && first->kind != GP_EXPR_STARRED) {
        gp_token *colon = gp_parse_next(p);
        if (gp_parse_type(p) == GP_TOK_RBRACE || gp_parse_type(p) == GP_TOK_COMMA)
            gp_parse_error_tok(p, colon, "expression expected after dictionary key and ':'");
        gp_expr *v = gp_parse_expression(p);
        if (at_comp_for(p))
            return parse_comprehension_tail(p, GP_EXPR_DICTCOMP, first, v, &start);
        gp_parse_vec_push(p, &keys, first);
        gp_parse_vec_push(p, &values, v);
        if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RBRACE)
            check_missing_comma(p, v);
        return parse_dict_tail(p, &keys, &values, &start);
    }
    if (at_comp_for(p)) {
        no_starred_comp(p, first);
        return parse_comprehension_tail(p, GP_EXPR_SETCOMP, first, NULL, &start);
    }
    gp_vec elts = {0};
    gp_parse_vec_push(p, &elts, first);
    if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RBRACE)
        check_missing_comma(p, first);
    while (gp_parse_accept(p, GP_TOK_COMMA)) {
        if (gp_parse_type(p) == GP_TOK_RBRACE)
            break;
        gp_expr *e = gp_parse_star_named_expression(p);
        gp_parse_vec_push(p, &elts, e);
        if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RBRACE) {
            check_equal_sign(p, e);
            check_missing_comma(p, e);
        }
    }
    gp_parse_expect(p, GP_TOK_RBRACE);
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_SET, &loc);
    GP_PARSE_SEQ(e->v.set.elts, elts);
    return e;
}

static gp_expr *parse_atom(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    switch (t->type) {
    case GP_TOK_NAME:
        gp_parse_next(p);
        return new_name(p, t, GP_CTX_LOAD);
    case GP_TOK_KW_TRUE:
        gp_parse_next(p);
        return new_const(p, t, GP_CONST_TRUE);
    case GP_TOK_KW_FALSE:
        gp_parse_next(p);
        return new_const(p, t, GP_CONST_FALSE);
    case GP_TOK_KW_NONE:
        gp_parse_next(p);
        return new_const(p, t, GP_CONST_NONE);
    case GP_TOK_ELLIPSIS:
        gp_parse_next(p);
        return new_const(p, t, GP_CONST_ELLIPSIS);
    case GP_TOK_NUMBER:
        gp_parse_next(p);
        return gp_parse_number(p, t);
    case GP_TOK_STRING:
        return gp_parse_atom_strings(p);
    case GP_TOK_LPAR:
        return parse_paren(p);
    case GP_TOK_LSQB:
        return parse_list(p);
    case GP_TOK_LBRACE:
        return parse_brace(p);
    }
    gp_parse_invalid_syntax(p);
}

/* ---- comprehensions ---- */

static gp_comprehension_seq parse_for_if_clauses(gp_parser *p)
{
    gp_vec gens = {0};
    while (at_comp_for(p)) {
        gp_comprehension *c = gp_parse_alloc(p, sizeof *c);
        c->is_async = gp_parse_accept(p, GP_TOK_KW_ASYNC);
        gp_parse_expect(p, GP_TOK_KW_FOR);
        c->target = gp_parse_star_targets(p, GP_TOK_KW_IN);
        gp_parse_set_store(p, c->target);
        gp_parse_expect(p, GP_TOK_KW_IN);
        c->iter = gp_parse_disjunction(p);
        gp_vec ifs = {0};
        while (gp_parse_accept(p, GP_TOK_KW_IF))
            gp_parse_vec_push(p, &ifs, gp_parse_disjunction(p));
        GP_PARSE_SEQ(c->ifs, ifs);
        gp_parse_vec_push(p, &gens, c);
    }
    gp_comprehension_seq s;
    GP_PARSE_SEQ(s, gens);
    return s;
}

static gp_expr *parse_comprehension_tail(gp_parser *p, gp_expr_kind kind, gp_expr *elt,
                                         gp_expr *value, const gp_loc *start)
{
    gp_comprehension_seq gens = parse_for_if_clauses(p);
    int close = kind == GP_EXPR_GENERATOREXP ? GP_TOK_RPAR
              : kind == GP_EXPR_LISTCOMP ? GP_TOK_RSQB : GP_TOK_RBRACE;
    gp_parse_expect(p, close);
    gp_loc loc = gp_parse_span(p, start);
    gp_expr *e = gp_parse_new_expr(p, kind, &loc);
    if (kind == GP_EXPR_DICTCOMP) {
        e->v.dictcomp.key = elt;
        e->v.dictcomp.value = value;
        e->v.dictcomp.generators = gens;
    } else {
        e->v.comp.elt = elt;
        e->v.comp.generators = gens;
    }
    return e;
}

/* ---- calls, subscripts ---- */

void gp_parse_call_args(gp_parser *p, gp_expr_seq *args, gp_keyword_seq *kws, const gp_token *open)
{
    gp_vec a = {0}, k = {0};
    bool seen_kw = false, seen_kwunpack = false;
    const char *pending = NULL;   /* reported at the closing ')', as CPython does */
    gp_expr *last = NULL;
    while (gp_parse_type(p) != GP_TOK_RPAR) {
        gp_token *st = gp_parse_cur(p);
        gp_loc start = gp_parse_tok_loc(st);
        if (st->type == GP_TOK_STAR) {
            gp_parse_next(p);
            gp_expr *v = gp_parse_expression(p);
            if (at_comp_for(p)) {
                gp_loc r = gp_parse_span(p, &start);
                gp_parse_error_node(p, &r, "iterable unpacking cannot be used in comprehension");
            }
            if (seen_kwunpack)
                gp_parse_error_tok(p, st, "iterable argument unpacking follows keyword argument unpacking");
            gp_loc loc = gp_parse_span(p, &start);
            gp_expr *s = gp_parse_new_expr(p, GP_EXPR_STARRED, &loc);
            s->v.starred.value = v;
            s->v.starred.ctx = GP_CTX_LOAD;
            gp_parse_vec_push(p, &a, s);
            last = v;
        } else if (st->type == GP_TOK_DOUBLESTAR) {
            gp_parse_next(p);
            gp_keyword *kw = gp_parse_alloc(p, sizeof *kw);
            kw->value = gp_parse_expression(p);
            kw->loc = gp_parse_span(p, &start);
            gp_parse_vec_push(p, &k, kw);
            seen_kwunpack = true;
            last = kw->value;
        } else if (st->type == GP_TOK_NAME && gp_parse_type2(p) == GP_TOK_EQUAL) {
            gp_parse_next(p);
            gp_parse_next(p);
            gp_keyword *kw = gp_parse_alloc(p, sizeof *kw);
            kw->arg = gp_parse_ident(p, st);
            kw->value = gp_parse_expression(p);
            kw->loc = gp_parse_span(p, &start);
            gp_parse_vec_push(p, &k, kw);
            seen_kw = true;
            last = kw->value;
        } else {
            gp_expr *e = gp_parse_named_expression(p);
            if (at_comp_for(p)) {
                gp_loc gstart = gp_parse_tok_loc(open);
                bool alone = a.n == 0 && k.n == 0;
                gp_comprehension_seq gens = parse_for_if_clauses(p);
                if (!alone || gp_parse_type(p) != GP_TOK_RPAR) {
                    gp_loc r = gp_parse_span(p, &e->loc);
                    if (gp_parse_type(p) == GP_TOK_COMMA || !alone)
                        gp_parse_error_node(p, &r, "Generator expression must be parenthesized");
                }
                gp_token *close = gp_parse_expect(p, GP_TOK_RPAR);
                gp_loc loc = { gstart.lineno, gstart.col_offset, close->end_lineno, close->end_col };
                p->pos--;   /* the caller consumes ')' */
                gp_expr *g = gp_parse_new_expr(p, GP_EXPR_GENERATOREXP, &loc);
                g->v.comp.elt = e;
                g->v.comp.generators = gens;
                e = g;
            } else if (gp_parse_type(p) == GP_TOK_EQUAL) {
                gp_token *eq = gp_parse_cur(p);
                gp_loc r = { e->loc.lineno, e->loc.col_offset, eq->end_lineno, eq->end_col };
                if (e->kind == GP_EXPR_CONSTANT &&
                    (e->v.constant.kind == GP_CONST_TRUE || e->v.constant.kind == GP_CONST_FALSE ||
                     e->v.constant.kind == GP_CONST_NONE))
                    gp_parse_error_node(p, &r, "cannot assign to %s", gp_parse_expr_name(e));
                gp_parse_error_node(p, &r, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (!pending && seen_kwunpack)
                pending = "positional argument follows keyword argument unpacking";
            if (!pending && seen_kw)
                pending = "positional argument follows keyword argument";
            gp_parse_vec_push(p, &a, e);
            last = e;
        }
        if (!gp_parse_accept(p, GP_TOK_COMMA)) {
            if (gp_parse_type(p) != GP_TOK_RPAR && last)
                check_missing_comma(p, last);
            break;
        }
    }
    if (pending && gp_parse_type(p) == GP_TOK_RPAR)
        gp_parse_error_tok(p, gp_parse_cur(p), "%s", pending);
    gp_parse_expect(p, GP_TOK_RPAR);
    GP_PARSE_SEQ(*args, a);
    GP_PARSE_SEQ(*kws, k);
}

static gp_expr *parse_slice(gp_parser *p)
{
    gp_token *st = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(st);
    gp_expr *lower = NULL, *upper = NULL, *step = NULL;
    if (st->type != GP_TOK_COLON) {
        if (st->type == GP_TOK_STAR) {
            gp_parse_next(p);
            gp_expr *v = gp_parse_bitwise_or(p);
            gp_loc loc = gp_parse_span(p, &start);
            gp_expr *s = gp_parse_new_expr(p, GP_EXPR_STARRED, &loc);
            s->v.starred.value = v;
            return s;
        }
        lower = gp_parse_named_expression(p);
        if (gp_parse_type(p) != GP_TOK_COLON)
            return lower;
    }
    gp_parse_next(p);   /* ':' */
    int t = gp_parse_type(p);
    if (t != GP_TOK_COLON && t != GP_TOK_COMMA && t != GP_TOK_RSQB)
        upper = gp_parse_expression(p);
    if (gp_parse_accept(p, GP_TOK_COLON)) {
        t = gp_parse_type(p);
        if (t != GP_TOK_COMMA && t != GP_TOK_RSQB)
            step = gp_parse_expression(p);
    }
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *s = gp_parse_new_expr(p, GP_EXPR_SLICE, &loc);
    s->v.slice.lower = lower;
    s->v.slice.upper = upper;
    s->v.slice.step = step;
    return s;
}

static gp_expr *parse_slices(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *first = parse_slice(p);
    if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RSQB)
        check_missing_comma(p, first);
    if (gp_parse_type(p) != GP_TOK_COMMA) {
        if (first->kind == GP_EXPR_STARRED) {
            /* a[*b] is a one-element tuple (PEP 646) */
            gp_vec elts = {0};
            gp_parse_vec_push(p, &elts, first);
            return new_tuple(p, &elts, &first->loc, GP_EXPR_TUPLE);
        }
        return first;
    }
    gp_vec elts = {0};
    gp_parse_vec_push(p, &elts, first);
    while (gp_parse_accept(p, GP_TOK_COMMA)) {
        if (gp_parse_type(p) == GP_TOK_RSQB)
            break;
        gp_expr *e = parse_slice(p);
        gp_parse_vec_push(p, &elts, e);
        if (gp_parse_type(p) != GP_TOK_COMMA && gp_parse_type(p) != GP_TOK_RSQB)
            check_missing_comma(p, e);
    }
    gp_loc loc = gp_parse_span(p, &start);
    return new_tuple(p, &elts, &loc, GP_EXPR_TUPLE);
}

static gp_expr *parse_primary(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *e = parse_atom(p);
    /* a.b.c... and f()()... make left-deep trees: each link counts */
    int saved_depth = p->depth;
    for (;;) {
        int t = gp_parse_type(p);
        if (t == GP_TOK_DOT) {
            gp_parse_enter(p);
            gp_parse_next(p);
            gp_token *name = gp_parse_cur(p);
            if (name->type != GP_TOK_NAME)
                gp_parse_invalid_syntax(p);
            gp_parse_next(p);
            gp_loc loc = gp_parse_span(p, &start);
            gp_expr *a = gp_parse_new_expr(p, GP_EXPR_ATTRIBUTE, &loc);
            a->v.attribute.value = e;
            a->v.attribute.attr = gp_parse_ident(p, name);
            e = a;
        } else if (t == GP_TOK_LPAR) {
            gp_token *open = gp_parse_next(p);
            gp_parse_enter(p);
            gp_expr *c = gp_parse_new_expr(p, GP_EXPR_CALL, &e->loc);
            c->v.call.func = e;
            gp_parse_call_args(p, &c->v.call.args, &c->v.call.keywords, open);
            c->loc = gp_parse_span(p, &start);
            e = c;
        } else if (t == GP_TOK_LSQB) {
            gp_parse_next(p);
            gp_parse_enter(p);
            gp_expr *s = gp_parse_new_expr(p, GP_EXPR_SUBSCRIPT, &e->loc);
            s->v.subscript.value = e;
            s->v.subscript.slice = parse_slices(p);
            gp_parse_expect(p, GP_TOK_RSQB);
            s->loc = gp_parse_span(p, &start);
            e = s;
        } else {
            p->depth = saved_depth;
            return e;
        }
    }
}

/* ---- operators ---- */

static gp_expr *parse_power(gp_parser *p)
{
    gp_expr *e;
    gp_token *t = gp_parse_cur(p);
    gp_loc start = gp_parse_tok_loc(t);
    if (t->type == GP_TOK_KW_AWAIT) {
        gp_parse_next(p);
        gp_expr *v = parse_primary(p);
        gp_loc loc = gp_parse_span(p, &start);
        e = gp_parse_new_expr(p, GP_EXPR_AWAIT, &loc);
        e->v.await_.value = v;
    } else {
        e = parse_primary(p);
    }
    if (gp_parse_accept(p, GP_TOK_DOUBLESTAR)) {
        gp_parse_enter(p);   /* 2**2**2...: right-recursive */
        gp_expr *r = parse_factor(p);
        p->depth--;
        gp_loc loc = gp_parse_span(p, &start);
        gp_expr *b = gp_parse_new_expr(p, GP_EXPR_BINOP, &loc);
        b->v.binop.left = e;
        b->v.binop.op = 6;   /* POW */
        b->v.binop.right = r;
        e = b;
    }
    return e;
}

static gp_expr *parse_factor(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    gp_unaryop op;
    switch (t->type) {
    case GP_TOK_PLUS: op = GP_UNARY_UADD; break;
    case GP_TOK_MINUS: op = GP_UNARY_USUB; break;
    case GP_TOK_TILDE: op = GP_UNARY_INVERT; break;
    default: return parse_power(p);
    }
    gp_parse_next(p);
    gp_parse_enter(p);
    gp_expr *v = parse_factor(p);
    p->depth--;
    gp_loc start = gp_parse_tok_loc(t);
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_UNARYOP, &loc);
    e->v.unaryop.op = op;
    e->v.unaryop.operand = v;
    return e;
}

/* Precedence of a binary operator token (0: not one) and its gp_binop. */
static int binop_prec(int type, int *op)
{
    switch (type) {
    case GP_TOK_VBAR: *op = 10; return 1;
    case GP_TOK_CIRCUMFLEX: *op = 11; return 2;
    case GP_TOK_AMPER: *op = 9; return 3;
    case GP_TOK_LEFTSHIFT: *op = 7; return 4;
    case GP_TOK_RIGHTSHIFT: *op = 8; return 4;
    case GP_TOK_PLUS: *op = 0; return 5;
    case GP_TOK_MINUS: *op = 1; return 5;
    case GP_TOK_STAR: *op = 2; return 6;
    case GP_TOK_SLASH: *op = 3; return 6;
    case GP_TOK_DOUBLESLASH: *op = 4; return 6;
    case GP_TOK_PERCENT: *op = 5; return 6;
    case GP_TOK_AT: *op = 12; return 6;
    }
    return 0;
}

static gp_expr *parse_binary(gp_parser *p, int min_prec)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *left = parse_factor(p);
    int saved_depth = p->depth;
    for (;;) {
        int op, prec = binop_prec(gp_parse_type(p), &op);
        if (prec == 0 || prec < min_prec) {
            p->depth = saved_depth;
            return left;
        }
        gp_parse_enter(p);   /* each link deepens the left-deep tree */
        gp_parse_next(p);
        gp_expr *right = prec == 6 ? parse_factor(p) : parse_binary(p, prec + 1);
        gp_loc loc = gp_parse_span(p, &start);
        gp_expr *b = gp_parse_new_expr(p, GP_EXPR_BINOP, &loc);
        b->v.binop.left = left;
        b->v.binop.op = op;
        b->v.binop.right = right;
        left = b;
    }
}

gp_expr *gp_parse_bitwise_or(gp_parser *p)
{
    return parse_binary(p, 1);
}

static bool comp_op(gp_parser *p, gp_cmpop *op)
{
    switch (gp_parse_type(p)) {
    case GP_TOK_EQEQUAL: *op = GP_CMP_EQ; break;
    case GP_TOK_NOTEQUAL: *op = GP_CMP_NOTEQ; break;
    case GP_TOK_LESS: *op = GP_CMP_LT; break;
    case GP_TOK_LESSEQUAL: *op = GP_CMP_LTE; break;
    case GP_TOK_GREATER: *op = GP_CMP_GT; break;
    case GP_TOK_GREATEREQUAL: *op = GP_CMP_GTE; break;
    case GP_TOK_KW_IN: *op = GP_CMP_IN; break;
    case GP_TOK_KW_IS:
        gp_parse_next(p);
        *op = gp_parse_accept(p, GP_TOK_KW_NOT) ? GP_CMP_ISNOT : GP_CMP_IS;
        return true;
    case GP_TOK_KW_NOT:
        if (gp_parse_type2(p) != GP_TOK_KW_IN) {
            /* "a not b": CPython fails at the token after 'not' */
            p->pos++;
            gp_parse_invalid_syntax(p);
        }
        gp_parse_next(p);
        *op = GP_CMP_NOTIN;
        break;
    default:
        return false;
    }
    gp_parse_next(p);
    return true;
}

static gp_expr *parse_comparison(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *left = gp_parse_bitwise_or(p);
    gp_cmpop op;
    if (!comp_op(p, &op))
        return left;
    gp_cmpop ops_buf[8];
    gp_expr *cmp_buf[8];
    gp_cmpop *ops = ops_buf;
    gp_expr **cmps = cmp_buf;
    size_t n = 0, cap = 8;
    do {
        if (n == cap) {
            gp_cmpop *nops = gp_parse_alloc(p, cap * 2 * sizeof *nops);
            gp_expr **ncmps = gp_parse_alloc(p, cap * 2 * sizeof *ncmps);
            memcpy(nops, ops, n * sizeof *ops);
            memcpy(ncmps, cmps, n * sizeof *cmps);
            ops = nops;
            cmps = ncmps;
            cap *= 2;
        }
        ops[n] = op;
        cmps[n] = gp_parse_bitwise_or(p);
        n++;
    } while (comp_op(p, &op));
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_COMPARE, &loc);
    e->v.compare.left = left;
    e->v.compare.n = n;
    e->v.compare.ops = gp_parse_alloc(p, n * sizeof *ops);
    e->v.compare.comparators = gp_parse_alloc(p, n * sizeof *cmps);
    memcpy(e->v.compare.ops, ops, n * sizeof *ops);
    memcpy(e->v.compare.comparators, cmps, n * sizeof *cmps);
    return e;
}

static gp_expr *parse_inversion(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    if (t->type != GP_TOK_KW_NOT)
        return parse_comparison(p);
    gp_parse_next(p);
    gp_parse_enter(p);
    gp_expr *v = parse_inversion(p);
    p->depth--;
    gp_loc start = gp_parse_tok_loc(t);
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_UNARYOP, &loc);
    e->v.unaryop.op = GP_UNARY_NOT;
    e->v.unaryop.operand = v;
    return e;
}

static gp_expr *parse_boolop(gp_parser *p, int tok, gp_boolop op)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *first = tok == GP_TOK_KW_AND ? parse_inversion(p) : parse_boolop(p, GP_TOK_KW_AND, GP_BOOL_AND);
    if (gp_parse_type(p) != tok)
        return first;
    gp_vec vals = {0};
    gp_parse_vec_push(p, &vals, first);
    while (gp_parse_accept(p, tok)) {
        gp_expr *e = tok == GP_TOK_KW_AND ? parse_inversion(p) : parse_boolop(p, GP_TOK_KW_AND, GP_BOOL_AND);
        gp_parse_vec_push(p, &vals, e);
    }
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_BOOLOP, &loc);
    e->v.boolop.op = op;
    GP_PARSE_SEQ(e->v.boolop.values, vals);
    return e;
}

gp_expr *gp_parse_disjunction(gp_parser *p)
{
    return parse_boolop(p, GP_TOK_KW_OR, GP_BOOL_OR);
}

static gp_expr *parse_lambda(gp_parser *p)
{
    gp_token *t = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_arguments *args = gp_parse_parameters(p, true, GP_TOK_COLON);
    gp_parse_expect(p, GP_TOK_COLON);
    gp_expr *body = gp_parse_expression(p);
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_LAMBDA, &loc);
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    return e;
}

gp_expr *gp_parse_expression(gp_parser *p)
{
    gp_parse_enter(p);
    gp_expr *e;
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    if (gp_parse_type(p) == GP_TOK_KW_LAMBDA) {
        e = parse_lambda(p);
    } else {
        e = gp_parse_disjunction(p);
        if (gp_parse_type(p) == GP_TOK_KW_IF) {
            gp_parse_next(p);
            gp_expr *test = gp_parse_disjunction(p);
            if (gp_parse_type(p) != GP_TOK_KW_ELSE) {
                if (gp_parse_type(p) == GP_TOK_COLON)
                    gp_parse_invalid_syntax(p);
                gp_loc r = gp_parse_span2(&e->loc, &test->loc);
                gp_parse_error_node(p, &r, "expected 'else' after 'if' expression");
            }
            gp_parse_next(p);
            gp_expr *orelse = gp_parse_expression(p);
            gp_loc loc = gp_parse_span(p, &start);
            gp_expr *c = gp_parse_new_expr(p, GP_EXPR_IFEXP, &loc);
            c->v.ifexp.test = test;
            c->v.ifexp.body = e;
            c->v.ifexp.orelse = orelse;
            e = c;
        }
    }
    p->depth--;
    return e;
}

gp_expr *gp_parse_named_expression(gp_parser *p)
{
    gp_token *t = gp_parse_cur(p);
    if (t->type == GP_TOK_NAME && gp_parse_type2(p) == GP_TOK_COLONEQUAL) {
        gp_parse_next(p);
        gp_parse_next(p);
        gp_expr *target = new_name(p, t, GP_CTX_STORE);
        gp_expr *value = gp_parse_expression(p);
        gp_loc loc = gp_parse_span(p, &target->loc);
        gp_expr *e = gp_parse_new_expr(p, GP_EXPR_NAMEDEXPR, &loc);
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = value;
        return e;
    }
    gp_expr *e = gp_parse_expression(p);
    if (gp_parse_type(p) == GP_TOK_COLONEQUAL)
        gp_parse_error_node(p, &e->loc, "cannot use assignment expressions with %s",
                            gp_parse_expr_name(e));
    return e;
}

static gp_expr *parse_starred(gp_parser *p)
{
    gp_token *t = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(t);
    gp_expr *v = gp_parse_bitwise_or(p);
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_STARRED, &loc);
    e->v.starred.value = v;
    e->v.starred.ctx = GP_CTX_LOAD;
    return e;
}

gp_expr *gp_parse_star_named_expression(gp_parser *p)
{
    if (gp_parse_type(p) == GP_TOK_STAR)
        return parse_starred(p);
    return gp_parse_named_expression(p);
}

static gp_expr *parse_star_expression(gp_parser *p)
{
    if (gp_parse_type(p) == GP_TOK_STAR)
        return parse_starred(p);
    return gp_parse_expression(p);
}

gp_expr *gp_parse_star_expressions(gp_parser *p)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *first = parse_star_expression(p);
    if (gp_parse_type(p) != GP_TOK_COMMA)
        return first;
    gp_vec elts = {0};
    gp_parse_vec_push(p, &elts, first);
    while (gp_parse_accept(p, GP_TOK_COMMA)) {
        int t = gp_parse_type(p);
        if (!gp_parse_starts_expr(t) && t != GP_TOK_STAR)
            break;
        gp_parse_vec_push(p, &elts, parse_star_expression(p));
    }
    gp_loc loc = gp_parse_span(p, &start);
    return new_tuple(p, &elts, &loc, GP_EXPR_TUPLE);
}

/* Targets of for/comprehensions: elements are parsed at the `|` level so
 * that the `in` keyword is not taken for a comparison. */
gp_expr *gp_parse_star_targets(gp_parser *p, int stop_kw)
{
    gp_loc start = gp_parse_tok_loc(gp_parse_cur(p));
    gp_expr *first = gp_parse_type(p) == GP_TOK_STAR ? parse_starred(p) : gp_parse_bitwise_or(p);
    if (gp_parse_type(p) != GP_TOK_COMMA)
        return first;
    gp_vec elts = {0};
    gp_parse_vec_push(p, &elts, first);
    while (gp_parse_accept(p, GP_TOK_COMMA)) {
        int t = gp_parse_type(p);
        if (t == stop_kw || (!gp_parse_starts_expr(t) && t != GP_TOK_STAR))
            break;
        gp_parse_vec_push(p, &elts, gp_parse_type(p) == GP_TOK_STAR ? parse_starred(p)
                                                                   : gp_parse_bitwise_or(p));
    }
    gp_loc loc = gp_parse_span(p, &start);
    return new_tuple(p, &elts, &loc, GP_EXPR_TUPLE);
}

gp_expr *gp_parse_yield_expr(gp_parser *p)
{
    gp_token *t = gp_parse_next(p);
    gp_loc start = gp_parse_tok_loc(t);
    if (gp_parse_accept(p, GP_TOK_KW_FROM)) {
        gp_expr *v = gp_parse_expression(p);
        gp_loc loc = gp_parse_span(p, &start);
        gp_expr *e = gp_parse_new_expr(p, GP_EXPR_YIELDFROM, &loc);
        e->v.yieldfrom.value = v;
        return e;
    }
    gp_expr *v = NULL;
    int tt = gp_parse_type(p);
    if (gp_parse_starts_expr(tt) || tt == GP_TOK_STAR)
        v = gp_parse_star_expressions(p);
    gp_loc loc = gp_parse_span(p, &start);
    gp_expr *e = gp_parse_new_expr(p, GP_EXPR_YIELD, &loc);
    e->v.yield.value = v;
    return e;
}

/* ---- parameters ---- */

static gp_arg *parse_param(gp_parser *p, bool is_lambda, bool star_ok)
{
    gp_token *t = gp_parse_cur(p);
    if (t->type == GP_TOK_LPAR) {
        /* def f((a, b)): Python 2 tuple parameters */
        int depth = 0, i = p->pos;
        for (; i < p->ntoks; i++) {
            int tt = p->toks[i].type;
            if (tt == GP_TOK_LPAR)
                depth++;
            else if (tt == GP_TOK_RPAR && --depth == 0)
                break;
            else if (tt == GP_TOK_ERRORTOKEN || tt == GP_TOK_NEWLINE || tt == GP_TOK_ENDMARKER)
                break;
        }
        if (i < p->ntoks && p->toks[i].type == GP_TOK_RPAR)
            gp_parse_error_at(p, "SyntaxError", t->lineno, t->col, p->toks[i].end_lineno, p->toks[i].end_col,
                              is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                        : "Function parameters cannot be parenthesized");
    }
    if (t->type != GP_TOK_NAME)
        gp_parse_invalid_syntax(p);
    gp_parse_next(p);
    gp_arg *a = gp_parse_alloc(p, sizeof *a);
    a->arg = gp_parse_ident(p, t);
    gp_loc start = gp_parse_tok_loc(t);
    if (!is_lambda && gp_parse_accept(p, GP_TOK_COLON)) {
        a->annotation = star_ok && gp_parse_type(p) == GP_TOK_STAR ? parse_starred(p)
                                                                   : gp_parse_expression(p);
    }
    a->loc = gp_parse_span(p, &start);
    return a;
}

static void check_duplicate(gp_parser *p, gp_vec *all, gp_arg *a)
{
    for (size_t i = 0; i < all->n; i++) {
        gp_arg *b = all->items[i];
        if (strcmp(b->arg, a->arg) == 0)
            gp_parse_error_at(p, "SyntaxError", a->loc.lineno, a->loc.col_offset, a->loc.lineno,
                              a->loc.col_offset + 1,
                              "duplicate argument '%s' in function definition", a->arg);
    }
    gp_parse_vec_push(p, all, a);
}

gp_arguments *gp_parse_parameters(gp_parser *p, bool is_lambda, int close)
{
    gp_arguments *args = gp_parse_alloc(p, sizeof *args);
    gp_vec posonly = {0}, pos = {0}, kwonly = {0}, kwdefaults = {0}, defaults = {0}, all = {0};
    bool seen_slash = false, seen_star = false, seen_default = false;
    while (gp_parse_type(p) != close) {
        gp_token *t = gp_parse_cur(p);
        if (args->kwarg)
            gp_parse_error_tok(p, t, "arguments cannot follow var-keyword argument");
        if (t->type == GP_TOK_SLASH) {
            if (seen_slash)
                gp_parse_error_tok(p, t, "/ may appear only once");
            if (seen_star)
                gp_parse_error_tok(p, t, "/ must be ahead of *");
            if (pos.n == 0)
                gp_parse_error_tok(p, t, "at least one argument must precede /");
            gp_parse_next(p);
            seen_slash = true;
            posonly = pos;
            memset(&pos, 0, sizeof pos);
        } else if (t->type == GP_TOK_STAR) {
            if (seen_star)
                gp_parse_error_tok(p, t, "* argument may appear only once");
            gp_parse_next(p);
            seen_star = true;
            int nt = gp_parse_type(p);
            if (nt == GP_TOK_COMMA || nt == close) {
                if (nt == close || gp_parse_type2(p) == close ||
                    gp_parse_type2(p) == GP_TOK_DOUBLESTAR) {
                    /* def: at the '*'; lambda: at the last token read */
                    gp_token *at = !is_lambda ? t : nt == close ? gp_parse_cur(p) : &p->toks[p->pos + 1];
                    gp_parse_error_tok(p, at, "named arguments must follow bare *");
                }
            } else {
                args->vararg = parse_param(p, is_lambda, true);
                check_duplicate(p, &all, args->vararg);
                if (gp_parse_type(p) == GP_TOK_EQUAL)
                    gp_parse_error_tok(p, gp_parse_cur(p), "var-positional argument cannot have default value");
            }
        } else if (t->type == GP_TOK_DOUBLESTAR) {
            gp_parse_next(p);
            args->kwarg = parse_param(p, is_lambda, false);
            check_duplicate(p, &all, args->kwarg);
            if (gp_parse_type(p) == GP_TOK_EQUAL)
                gp_parse_error_tok(p, gp_parse_cur(p), "var-keyword argument cannot have default value");
        } else {
            gp_arg *a = parse_param(p, is_lambda, false);
            check_duplicate(p, &all, a);
            gp_expr *def = NULL;
            if (gp_parse_type(p) == GP_TOK_EQUAL) {
                gp_token *eq = gp_parse_next(p);
                int nt = gp_parse_type(p);
                if (!is_lambda && (nt == GP_TOK_COMMA || nt == close))
                    gp_parse_error_tok(p, eq, "expected default value expression");
                def = gp_parse_expression(p);
            }
            if (seen_star) {
                gp_parse_vec_push(p, &kwonly, a);
                gp_parse_vec_push(p, &kwdefaults, def);
            } else {
                if (def) {
                    gp_parse_vec_push(p, &defaults, def);
                    seen_default = true;
                } else if (seen_default) {
                    gp_parse_error_node(p, &a->loc, "non-default argument follows default argument");
                }
                gp_parse_vec_push(p, &pos, a);
            }
        }
        if (!gp_parse_accept(p, GP_TOK_COMMA))
            break;
    }
    if (seen_star && !args->vararg && kwonly.n == 0) {
        gp_token *t = gp_parse_cur(p);
        gp_parse_error_tok(p, t, "named arguments must follow bare *");
    }
    GP_PARSE_SEQ(args->posonlyargs, posonly);
    GP_PARSE_SEQ(args->args, pos);
    GP_PARSE_SEQ(args->kwonlyargs, kwonly);
    GP_PARSE_SEQ(args->kw_defaults, kwdefaults);
    GP_PARSE_SEQ(args->defaults, defaults);
    return args;
}
