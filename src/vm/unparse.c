/*
 * unparse.c — an expression's AST back to source text, as CPython's
 * ast_unparse.c writes it: `from __future__ import annotations` (PEP 563)
 * stores every annotation as this string ("List[int]", "int | None").
 * Parentheses come from operator precedence, not from the source, so the
 * text is canonical: "(a + b) * c", "x if y else z", "f(*args, k=1)".
 */
#include <math.h>
#include <string.h>

#include "compiler_internal.h"

/* precedence levels, lowest first (CPython's _Unparser) */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

static void expr(gp_strbuf *b, const gp_expr *e, int level);

static void put(gp_strbuf *b, const char *s) { gp_strbuf_addc(b, s); }

static void put_repr(gp_strbuf *b, gp_obj *o) {
    if (!o) { b->failed = true; return; }
    gp_strbuf_addobj_repr(b, o);
    gp_decref(o);
}

static void constant(gp_strbuf *b, const gp_const *k) {
    switch (k->kind) {
    case GP_CONST_NONE: put(b, "None"); break;
    case GP_CONST_TRUE: put(b, "True"); break;
    case GP_CONST_FALSE: put(b, "False"); break;
    case GP_CONST_ELLIPSIS: put(b, "..."); break;
    case GP_CONST_INT: put_repr(b, gp_int_from_string(k->text, strlen(k->text), 0)); break;
    case GP_CONST_FLOAT:
        /* an overflowing literal reads back as infinity */
        if (isinf(k->f)) put(b, "1e309");
        else put_repr(b, gp_float_new(k->f));
        break;
    case GP_CONST_IMAG:
        if (isinf(k->f)) put(b, "1e309j");
        else put_repr(b, gp_complex_new(0.0, k->f));
        break;
    case GP_CONST_STR:
        if (k->kind_u) put(b, "u");
        put_repr(b, gp_str_new(k->text, k->len));
        break;
    case GP_CONST_BYTES: put_repr(b, gp_bytes_new(k->text, k->len)); break;
    }
}

static void seq(gp_strbuf *b, const gp_expr_seq *s, int level) {
    for (size_t i = 0; i < s->n; i++) {
        if (i) put(b, ", ");
        expr(b, s->items[i], level);
    }
}

static void arg(gp_strbuf *b, const gp_arg *a, bool annotations) {
    put(b, a->arg);
    if (annotations && a->annotation) {
        put(b, ": ");
        expr(b, a->annotation, PR_TEST);
    }
}

/* a lambda's parameter list (no annotations there) */
static void arguments(gp_strbuf *b, const gp_arguments *a) {
    bool first = true;
    size_t npos = a->posonlyargs.n + a->args.n, ndef = a->defaults.n;
    for (size_t i = 0; i < npos; i++) {
        const gp_arg *p = i < a->posonlyargs.n ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.n];
        if (!first) put(b, ", ");
        first = false;
        arg(b, p, false);
        if (i + ndef >= npos) {
            put(b, "=");
            expr(b, a->defaults.items[i + ndef - npos], PR_TEST);
        }
        if (a->posonlyargs.n && i + 1 == a->posonlyargs.n) put(b, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        if (!first) put(b, ", ");
        first = false;
        put(b, "*");
        if (a->vararg) arg(b, a->vararg, false);
    }
    for (size_t i = 0; i < a->kwonlyargs.n; i++) {
        put(b, ", ");
        arg(b, a->kwonlyargs.items[i], false);
        if (i < a->kw_defaults.n && a->kw_defaults.items[i]) {
            put(b, "=");
            expr(b, a->kw_defaults.items[i], PR_TEST);
        }
    }
    if (a->kwarg) {
        if (!first) put(b, ", ");
        put(b, "**");
        arg(b, a->kwarg, false);
    }
}

static void comprehensions(gp_strbuf *b, const gp_comprehension_seq *gens) {
    for (size_t i = 0; i < gens->n; i++) {
        const gp_comprehension *g = gens->items[i];
        put(b, g->is_async ? " async for " : " for ");
        expr(b, g->target, PR_TUPLE);
        put(b, " in ");
        expr(b, g->iter, PR_TEST + 1);
        for (size_t j = 0; j < g->ifs.n; j++) {
            put(b, " if ");
            expr(b, g->ifs.items[j], PR_TEST + 1);
        }
    }
}

/* The text inside an f-string's quotes: literals with braces doubled,
 * fields as {expr!c:spec}. */
static void fstring_body(gp_strbuf *b, const gp_expr_seq *values) {
    for (size_t i = 0; i < values->n; i++) {
        const gp_expr *v = values->items[i];
        if (v->kind == GP_EXPR_CONSTANT && v->v.constant.kind == GP_CONST_STR) {
            for (size_t j = 0; j < v->v.constant.len; j++) {
                char ch = v->v.constant.text[j];
                gp_strbuf_add(b, &ch, 1);
                if (ch == '{' || ch == '}') gp_strbuf_add(b, &ch, 1);
            }
            continue;
        }
        if (v->kind != GP_EXPR_FORMATTEDVALUE) continue;
        gp_strbuf inner;
        gp_strbuf_init(&inner);
        expr(&inner, v->v.formattedvalue.value, PR_TEST + 1);
        put(b, inner.len && inner.data[0] == '{' ? "{ " : "{");
        if (inner.len) gp_strbuf_add(b, inner.data, inner.len);
        if (inner.failed) b->failed = true;
        gp_strbuf_free(&inner);
        if (v->v.formattedvalue.conversion > 0) {
            char conv[3] = {'!', (char)v->v.formattedvalue.conversion, 0};
            put(b, conv);
        }
        const gp_expr *spec = v->v.formattedvalue.format_spec;
        if (spec && spec->kind == GP_EXPR_JOINEDSTR) {
            put(b, ":");
            fstring_body(b, &spec->v.joinedstr.values);
        }
        put(b, "}");
    }
}

static const struct { const char *text; int prec; } binops[] = {
    {" + ", PR_ARITH}, {" - ", PR_ARITH}, {" * ", PR_TERM}, {" / ", PR_TERM}, {" // ", PR_TERM},
    {" % ", PR_TERM}, {" ** ", PR_POWER}, {" << ", PR_SHIFT}, {" >> ", PR_SHIFT}, {" & ", PR_BAND},
    {" | ", PR_BOR}, {" ^ ", PR_BXOR}, {" @ ", PR_TERM},
};

static const char *const cmpops[] = {" == ", " != ", " < ", " <= ", " > ", " >= ",
                                     " is ", " is not ", " in ", " not in "};

static void open_if(gp_strbuf *b, bool cond) { if (cond) put(b, "("); }
static void close_if(gp_strbuf *b, bool cond) { if (cond) put(b, ")"); }

static void expr(gp_strbuf *b, const gp_expr *e, int level) {
    if (b->failed) return;
    switch (e->kind) {
    case GP_EXPR_BOOLOP: {
        int pr = e->v.boolop.op == GP_BOOL_AND ? PR_AND : PR_OR;
        open_if(b, level > pr);
        for (size_t i = 0; i < e->v.boolop.values.n; i++) {
            if (i) put(b, pr == PR_AND ? " and " : " or ");
            expr(b, e->v.boolop.values.items[i], pr + 1);
        }
        close_if(b, level > pr);
        break;
    }
    case GP_EXPR_NAMEDEXPR:
        open_if(b, level > PR_TUPLE);
        expr(b, e->v.namedexpr.target, PR_ATOM);
        put(b, " := ");
        expr(b, e->v.namedexpr.value, PR_ATOM);
        close_if(b, level > PR_TUPLE);
        break;
    case GP_EXPR_BINOP: {
        int op = e->v.binop.op, pr = binops[op].prec;
        bool rassoc = op == GP_OP_POW;
        open_if(b, level > pr);
        expr(b, e->v.binop.left, pr + rassoc);
        put(b, binops[op].text);
        expr(b, e->v.binop.right, pr + !rassoc);
        close_if(b, level > pr);
        break;
    }
    case GP_EXPR_UNARYOP: {
        static const char *const ops[] = {"~", "not ", "+", "-"};
        int pr = e->v.unaryop.op == GP_UNARY_NOT ? PR_NOT : PR_FACTOR;
        open_if(b, level > pr);
        put(b, ops[e->v.unaryop.op]);
        expr(b, e->v.unaryop.operand, pr);
        close_if(b, level > pr);
        break;
    }
    case GP_EXPR_LAMBDA: {
        const gp_arguments *a = e->v.lambda.args;
        bool any = a->posonlyargs.n || a->args.n || a->vararg || a->kwonlyargs.n || a->kwarg;
        open_if(b, level > PR_TEST);
        put(b, any ? "lambda " : "lambda");
        arguments(b, a);
        put(b, ": ");
        expr(b, e->v.lambda.body, PR_TEST);
        close_if(b, level > PR_TEST);
        break;
    }
    case GP_EXPR_IFEXP:
        open_if(b, level > PR_TEST);
        expr(b, e->v.ifexp.body, PR_TEST + 1);
        put(b, " if ");
        expr(b, e->v.ifexp.test, PR_TEST + 1);
        put(b, " else ");
        expr(b, e->v.ifexp.orelse, PR_TEST);
        close_if(b, level > PR_TEST);
        break;
    case GP_EXPR_DICT:
        put(b, "{");
        for (size_t i = 0; i < e->v.dict.values.n; i++) {
            if (i) put(b, ", ");
            const gp_expr *k = e->v.dict.keys.items[i];
            if (k) {
                expr(b, k, PR_TEST);
                put(b, ": ");
                expr(b, e->v.dict.values.items[i], PR_TEST);
            } else {
                put(b, "**");
                expr(b, e->v.dict.values.items[i], PR_EXPR);
            }
        }
        put(b, "}");
        break;
    case GP_EXPR_SET:
        if (!e->v.set.elts.n) { put(b, "{*()}"); break; }
        put(b, "{");
        seq(b, &e->v.set.elts, PR_TEST);
        put(b, "}");
        break;
    case GP_EXPR_LISTCOMP:
    case GP_EXPR_SETCOMP:
    case GP_EXPR_GENERATOREXP: {
        const char *br = e->kind == GP_EXPR_LISTCOMP ? "[]" : e->kind == GP_EXPR_SETCOMP ? "{}" : "()";
        gp_strbuf_add(b, br, 1);
        expr(b, e->v.comp.elt, PR_TEST);
        comprehensions(b, &e->v.comp.generators);
        gp_strbuf_add(b, br + 1, 1);
        break;
    }
    case GP_EXPR_DICTCOMP:
        put(b, "{");
        expr(b, e->v.dictcomp.key, PR_TEST);
        put(b, ": ");
        expr(b, e->v.dictcomp.value, PR_TEST);
        comprehensions(b, &e->v.dictcomp.generators);
        put(b, "}");
        break;
    case GP_EXPR_AWAIT:
        open_if(b, level > PR_AWAIT);
        put(b, "await ");
        expr(b, e->v.await_.value, PR_ATOM);
        close_if(b, level > PR_AWAIT);
        break;
    case GP_EXPR_YIELD:
        put(b, e->v.yield.value ? "(yield " : "(yield");
        if (e->v.yield.value) expr(b, e->v.yield.value, PR_TEST);
        put(b, ")");
        break;
    case GP_EXPR_YIELDFROM:
        put(b, "(yield from ");
        expr(b, e->v.yieldfrom.value, PR_TEST);
        put(b, ")");
        break;
    case GP_EXPR_COMPARE:
        open_if(b, level > PR_CMP);
        expr(b, e->v.compare.left, PR_CMP + 1);
        for (size_t i = 0; i < e->v.compare.n; i++) {
            put(b, cmpops[e->v.compare.ops[i]]);
            expr(b, e->v.compare.comparators[i], PR_CMP + 1);
        }
        close_if(b, level > PR_CMP);
        break;
    case GP_EXPR_CALL: {
        expr(b, e->v.call.func, PR_ATOM);
        const gp_expr_seq *args = &e->v.call.args;
        if (args->n == 1 && !e->v.call.keywords.n && args->items[0]->kind == GP_EXPR_GENERATOREXP) {
            expr(b, args->items[0], PR_TEST);   /* f(x for x in y): its own parentheses */
            break;
        }
        put(b, "(");
        seq(b, args, PR_TEST);
        for (size_t i = 0; i < e->v.call.keywords.n; i++) {
            const gp_keyword *k = e->v.call.keywords.items[i];
            if (i || args->n) put(b, ", ");
            if (k->arg) {
                put(b, k->arg);
                put(b, "=");
            } else {
                put(b, "**");
            }
            expr(b, k->value, PR_TEST);
        }
        put(b, ")");
        break;
    }
    case GP_EXPR_JOINEDSTR: {
        gp_strbuf body;
        gp_strbuf_init(&body);
        fstring_body(&body, &e->v.joinedstr.values);
        if (body.failed) { b->failed = true; gp_strbuf_free(&body); break; }
        put(b, "f");
        put_repr(b, gp_str_new(body.data ? body.data : "", body.len));
        gp_strbuf_free(&body);
        break;
    }
    case GP_EXPR_FORMATTEDVALUE: {
        gp_expr_seq one = {1, (gp_expr **)&e};
        gp_strbuf body;
        gp_strbuf_init(&body);
        fstring_body(&body, &one);
        put(b, "f");
        put_repr(b, gp_str_new(body.data ? body.data : "", body.len));
        gp_strbuf_free(&body);
        break;
    }
    case GP_EXPR_CONSTANT: constant(b, &e->v.constant); break;
    case GP_EXPR_ATTRIBUTE: {
        const gp_expr *v = e->v.attribute.value;
        expr(b, v, PR_ATOM);
        /* 1 .real: "1.real" would read as a float literal */
        put(b, v->kind == GP_EXPR_CONSTANT && v->v.constant.kind == GP_CONST_INT ? " ." : ".");
        put(b, e->v.attribute.attr);
        break;
    }
    case GP_EXPR_SUBSCRIPT: {
        expr(b, e->v.subscript.value, PR_ATOM);
        put(b, "[");
        const gp_expr *s = e->v.subscript.slice;
        if (s->kind == GP_EXPR_TUPLE && s->v.list.elts.n) {
            seq(b, &s->v.list.elts, PR_TEST);
            if (s->v.list.elts.n == 1) put(b, ",");
        } else {
            expr(b, s, PR_TUPLE);
        }
        put(b, "]");
        break;
    }
    case GP_EXPR_STARRED:
        put(b, "*");
        expr(b, e->v.starred.value, PR_EXPR);
        break;
    case GP_EXPR_NAME: put(b, e->v.name.id); break;
    case GP_EXPR_LIST:
        put(b, "[");
        seq(b, &e->v.list.elts, PR_TEST);
        put(b, "]");
        break;
    case GP_EXPR_TUPLE:
        if (!e->v.list.elts.n) { put(b, "()"); break; }
        open_if(b, level > PR_TUPLE);
        seq(b, &e->v.list.elts, PR_TEST);
        if (e->v.list.elts.n == 1) put(b, ",");
        close_if(b, level > PR_TUPLE);
        break;
    case GP_EXPR_SLICE:
        if (e->v.slice.lower) expr(b, e->v.slice.lower, PR_TEST);
        put(b, ":");
        if (e->v.slice.upper) expr(b, e->v.slice.upper, PR_TEST);
        if (e->v.slice.step) {
            put(b, ":");
            expr(b, e->v.slice.step, PR_TEST);
        }
        break;
    }
}

gp_obj *gp_unparse_annotation(const gp_expr *e) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    expr(&b, e, PR_TEST);
    if (b.failed) {
        gp_strbuf_free(&b);
        if (!gp_err_occurred()) gp_err_nomemory();
        return NULL;
    }
    return gp_strbuf_finish(&b);
}
