/*
 * ast_dump.c — the tree as text, byte for byte what Python 3.11's
 * ast.dump(tree) prints (optionally with include_attributes=True). It is
 * the parser's test oracle, so it also reproduces Python's repr of the
 * constants: ints of any size in decimal, shortest float repr, str and
 * bytes quoting rules.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"

typedef struct dbuf {
    char *s;
    size_t n, cap;
    bool attrs;
    bool oom;
} dbuf;

static void put(dbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 1024;
        while (ncap < b->n + n + 1)
            ncap *= 2;
        char *ns = realloc(b->s, ncap);
        if (!ns) {
            b->oom = true;
            return;
        }
        b->s = ns;
        b->cap = ncap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void puts_(dbuf *b, const char *s) { put(b, s, strlen(s)); }

static void putf(dbuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(b, tmp, (size_t)(n < (int)sizeof tmp ? n : (int)sizeof tmp - 1));
}

/* ---- constants ---- */

static void dump_int(dbuf *b, const char *text, size_t len)
{
    int base = 10;
    size_t i = 0;
    if (len > 1 && text[0] == '0') {
        char c = (char)(text[1] | 0x20);
        if (c == 'x') { base = 16; i = 2; }
        else if (c == 'o') { base = 8; i = 2; }
        else if (c == 'b') { base = 2; i = 2; }
    }
    /* little-endian limbs of 10^9 */
    size_t cap = len + 2, nl = 1;
    unsigned *limb = calloc(cap, sizeof *limb);
    if (!limb) {
        b->oom = true;
        return;
    }
    for (; i < len; i++) {
        int c = text[i], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else continue;
        unsigned long long carry = (unsigned)d;
        for (size_t k = 0; k < nl; k++) {
            unsigned long long v = (unsigned long long)limb[k] * (unsigned)base + carry;
            limb[k] = (unsigned)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limb[nl++] = (unsigned)carry;
    }
    putf(b, "%u", limb[nl - 1]);
    for (size_t k = nl - 1; k-- > 0;)
        putf(b, "%09u", limb[k]);
    free(limb);
}

/* Python's repr(float) ('r' format); add_dot0: "1.0" rather than "1". */
static void dump_float(dbuf *b, double v, bool add_dot0)
{
    if (isinf(v)) { puts_(b, v > 0 ? "inf" : "-inf"); return; }
    if (isnan(v)) { puts_(b, "nan"); return; }
    char tmp[64];
    int prec;
    for (prec = 0; prec < 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    /* tmp: [-]d[.ddd]e[+-]xx */
    char digits[32];
    int nd = 0;
    const char *s = tmp;
    bool neg = *s == '-';
    if (neg) s++;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[nd++] = *s;
    int exp = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    int decpt = exp + 1;
    if (neg) puts_(b, "-");
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            puts_(b, "0.");
            for (int k = 0; k < -decpt; k++) puts_(b, "0");
            put(b, digits, (size_t)nd);
        } else if (decpt >= nd) {
            put(b, digits, (size_t)nd);
            for (int k = nd; k < decpt; k++) puts_(b, "0");
            if (add_dot0) puts_(b, ".0");
        } else {
            put(b, digits, (size_t)decpt);
            puts_(b, ".");
            put(b, digits + decpt, (size_t)(nd - decpt));
        }
    } else {
        put(b, digits, 1);
        if (nd > 1) {
            puts_(b, ".");
            put(b, digits + 1, (size_t)(nd - 1));
        }
        putf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

static unsigned utf8_next(const unsigned char *s, size_t n, size_t *i)
{
    unsigned c = s[*i];
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    unsigned cp = extra == 0 ? c : extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
    (*i)++;
    for (int k = 0; k < extra && *i < n; k++)
        cp = (cp << 6) | (s[(*i)++] & 0x3F);
    return cp;
}

/* An approximation of str.isprintable() for the code points that matter. */
static bool printable(unsigned c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD)
        return false;
    if ((c >= 0x600 && c <= 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x1680 ||
        c == 0x180E || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
        (c >= 0x205F && c <= 0x206F) || c == 0x3000 || (c >= 0xD800 && c <= 0xF8FF) ||
        c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF ||
        (c >= 0xE0000 && c <= 0xE0FFF) || c >= 0xF0000)
        return false;
    return true;
}

static void dump_str(dbuf *b, const char *s, size_t n, bool bytes)
{
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    if (bytes)
        puts_(b, "b");
    put(b, &quote, 1);
    size_t i = 0;
    while (i < n) {
        size_t st = i;
        unsigned c = bytes ? (unsigned char)s[i++] : utf8_next((const unsigned char *)s, n, &i);
        if (c == (unsigned)quote || c == '\\') {
            char e[2] = { '\\', (char)c };
            put(b, e, 2);
        } else if (c == '\t') {
            puts_(b, "\\t");
        } else if (c == '\n') {
            puts_(b, "\\n");
        } else if (c == '\r') {
            puts_(b, "\\r");
        } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
            putf(b, "\\x%02x", c);
        } else if (c < 0x7F) {
            char ch = (char)c;
            put(b, &ch, 1);
        } else if (!printable(c)) {
            if (c <= 0xFF) putf(b, "\\x%02x", c);
            else if (c <= 0xFFFF) putf(b, "\\u%04x", c);
            else putf(b, "\\U%08x", c);
        } else {
            put(b, s + st, i - st);
        }
    }
    put(b, &quote, 1);
}

static void dump_ident(dbuf *b, const char *s)
{
    dump_str(b, s, strlen(s), false);
}

static void dump_const(dbuf *b, const gp_const *c)
{
    switch (c->kind) {
    case GP_CONST_NONE: puts_(b, "None"); break;
    case GP_CONST_TRUE: puts_(b, "True"); break;
    case GP_CONST_FALSE: puts_(b, "False"); break;
    case GP_CONST_ELLIPSIS: puts_(b, "Ellipsis"); break;
    case GP_CONST_INT: dump_int(b, c->text, c->len); break;
    case GP_CONST_FLOAT: dump_float(b, c->f, true); break;
    case GP_CONST_IMAG: dump_float(b, c->f, false); puts_(b, "j"); break;
    case GP_CONST_STR: dump_str(b, c->text, c->len, false); break;
    case GP_CONST_BYTES: dump_str(b, c->text, c->len, true); break;
    }
}

/* ---- nodes ---- */

static void dump_expr(dbuf *b, const gp_expr *e);
static void dump_stmts(dbuf *b, const gp_stmt_seq *s);

static void dump_loc(dbuf *b, const gp_loc *l)
{
    if (b->attrs)
        putf(b, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
             l->lineno, l->col_offset, l->end_lineno, l->end_col_offset);
}

static void dump_opt_expr(dbuf *b, const gp_expr *e)
{
    if (e)
        dump_expr(b, e);
    else
        puts_(b, "None");
}

static void dump_exprs(dbuf *b, const gp_expr_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_opt_expr(b, s->items[i]);
    }
    puts_(b, "]");
}

static const char *ctx_name(gp_expr_ctx c)
{
    return c == GP_CTX_LOAD ? "Load()" : c == GP_CTX_STORE ? "Store()" : "Del()";
}

static const char *binop_name(int op)
{
    static const char *const names[] = { "Add()", "Sub()", "Mult()", "Div()", "FloorDiv()", "Mod()",
                                         "Pow()", "LShift()", "RShift()", "BitAnd()", "BitOr()",
                                         "BitXor()", "MatMult()" };
    return op >= 0 && op < 13 ? names[op] : "?";
}

static const char *cmpop_name(gp_cmpop op)
{
    static const char *const names[] = { "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()",
                                         "Is()", "IsNot()", "In()", "NotIn()" };
    return names[op];
}

static void dump_arg(dbuf *b, const gp_arg *a)
{
    puts_(b, "arg(arg=");
    dump_ident(b, a->arg);
    if (a->annotation) {
        puts_(b, ", annotation=");
        dump_expr(b, a->annotation);
    }
    dump_loc(b, &a->loc);
    puts_(b, ")");
}

static void dump_args_seq(dbuf *b, const gp_arg_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_arg(b, s->items[i]);
    }
    puts_(b, "]");
}

static void dump_arguments(dbuf *b, const gp_arguments *a)
{
    puts_(b, "arguments(posonlyargs=");
    dump_args_seq(b, &a->posonlyargs);
    puts_(b, ", args=");
    dump_args_seq(b, &a->args);
    if (a->vararg) {
        puts_(b, ", vararg=");
        dump_arg(b, a->vararg);
    }
    puts_(b, ", kwonlyargs=");
    dump_args_seq(b, &a->kwonlyargs);
    puts_(b, ", kw_defaults=");
    dump_exprs(b, &a->kw_defaults);
    if (a->kwarg) {
        puts_(b, ", kwarg=");
        dump_arg(b, a->kwarg);
    }
    puts_(b, ", defaults=");
    dump_exprs(b, &a->defaults);
    puts_(b, ")");
}

static void dump_keywords(dbuf *b, const gp_keyword_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_keyword *k = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "keyword(");
        if (k->arg) {
            puts_(b, "arg=");
            dump_ident(b, k->arg);
            puts_(b, ", ");
        }
        puts_(b, "value=");
        dump_expr(b, k->value);
        dump_loc(b, &k->loc);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_comprehensions(dbuf *b, const gp_comprehension_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_comprehension *c = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "comprehension(target=");
        dump_expr(b, c->target);
        puts_(b, ", iter=");
        dump_expr(b, c->iter);
        puts_(b, ", ifs=");
        dump_exprs(b, &c->ifs);
        putf(b, ", is_async=%d)", c->is_async ? 1 : 0);
    }
    puts_(b, "]");
}

static void dump_expr(dbuf *b, const gp_expr *e)
{
    switch (e->kind) {
    case GP_EXPR_BOOLOP:
        putf(b, "BoolOp(op=%s, values=", e->v.boolop.op == GP_BOOL_AND ? "And()" : "Or()");
        dump_exprs(b, &e->v.boolop.values);
        break;
    case GP_EXPR_NAMEDEXPR:
        puts_(b, "NamedExpr(target=");
        dump_expr(b, e->v.namedexpr.target);
        puts_(b, ", value=");
        dump_expr(b, e->v.namedexpr.value);
        break;
    case GP_EXPR_BINOP:
        puts_(b, "BinOp(left=");
        dump_expr(b, e->v.binop.left);
        putf(b, ", op=%s, right=", binop_name(e->v.binop.op));
        dump_expr(b, e->v.binop.right);
        break;
    case GP_EXPR_UNARYOP: {
        static const char *const names[] = { "Invert()", "Not()", "UAdd()", "USub()" };
        putf(b, "UnaryOp(op=%s, operand=", names[e->v.unaryop.op]);
        dump_expr(b, e->v.unaryop.operand);
        break;
    }
    case GP_EXPR_LAMBDA:
        puts_(b, "Lambda(args=");
        dump_arguments(b, e->v.lambda.args);
        puts_(b, ", body=");
        dump_expr(b, e->v.lambda.body);
        break;
    case GP_EXPR_IFEXP:
        puts_(b, "IfExp(test=");
        dump_expr(b, e->v.ifexp.test);
        puts_(b, ", body=");
        dump_expr(b, e->v.ifexp.body);
        puts_(b, ", orelse=");
        dump_expr(b, e->v.ifexp.orelse);
        break;
    case GP_EXPR_DICT:
        puts_(b, "Dict(keys=");
        dump_exprs(b, &e->v.dict.keys);
        puts_(b, ", values=");
        dump_exprs(b, &e->v.dict.values);
        break;
    case GP_EXPR_SET:
        puts_(b, "Set(elts=");
        dump_exprs(b, &e->v.set.elts);
        break;
    case GP_EXPR_LISTCOMP:
    case GP_EXPR_SETCOMP:
    case GP_EXPR_GENERATOREXP:
        puts_(b, e->kind == GP_EXPR_LISTCOMP ? "ListComp(elt=" : e->kind == GP_EXPR_SETCOMP
                                              ? "SetComp(elt=" : "GeneratorExp(elt=");
        dump_expr(b, e->v.comp.elt);
        puts_(b, ", generators=");
        dump_comprehensions(b, &e->v.comp.generators);
        break;
    case GP_EXPR_DICTCOMP:
        puts_(b, "DictComp(key=");
        dump_expr(b, e->v.dictcomp.key);
        puts_(b, ", value=");
        dump_expr(b, e->v.dictcomp.value);
        puts_(b, ", generators=");
        dump_comprehensions(b, &e->v.dictcomp.generators);
        break;
    case GP_EXPR_AWAIT:
        puts_(b, "Await(value=");
        dump_expr(b, e->v.await_.value);
        break;
    case GP_EXPR_YIELD:
        puts_(b, "Yield(");
        if (e->v.yield.value) {
            puts_(b, "value=");
            dump_expr(b, e->v.yield.value);
        } else if (b->attrs) {
            /* ast.dump puts ", " before the attributes only after a field */
            b->n -= 0;
        }
        break;
    case GP_EXPR_YIELDFROM:
        puts_(b, "YieldFrom(value=");
        dump_expr(b, e->v.yieldfrom.value);
        break;
    case GP_EXPR_COMPARE:
        puts_(b, "Compare(left=");
        dump_expr(b, e->v.compare.left);
        puts_(b, ", ops=[");
        for (size_t i = 0; i < e->v.compare.n; i++) {
            if (i) puts_(b, ", ");
            puts_(b, cmpop_name(e->v.compare.ops[i]));
        }
        puts_(b, "], comparators=[");
        for (size_t i = 0; i < e->v.compare.n; i++) {
            if (i) puts_(b, ", ");
            dump_expr(b, e->v.compare.comparators[i]);
        }
        puts_(b, "]");
        break;
    case GP_EXPR_CALL:
        puts_(b, "Call(func=");
        dump_expr(b, e->v.call.func);
        puts_(b, ", args=");
        dump_exprs(b, &e->v.call.args);
        puts_(b, ", keywords=");
        dump_keywords(b, &e->v.call.keywords);
        break;
    case GP_EXPR_FORMATTEDVALUE:
        puts_(b, "FormattedValue(value=");
        dump_expr(b, e->v.formattedvalue.value);
        putf(b, ", conversion=%d", e->v.formattedvalue.conversion);
        if (e->v.formattedvalue.format_spec) {
            puts_(b, ", format_spec=");
            dump_expr(b, e->v.formattedvalue.format_spec);
        }
        break;
    case GP_EXPR_JOINEDSTR:
        puts_(b, "JoinedStr(values=");
        dump_exprs(b, &e->v.joinedstr.values);
        break;
    case GP_EXPR_CONSTANT:
        puts_(b, "Constant(value=");
        dump_const(b, &e->v.constant);
        if (e->v.constant.kind_u)
            puts_(b, ", kind='u'");
        break;
    case GP_EXPR_ATTRIBUTE:
        puts_(b, "Attribute(value=");
        dump_expr(b, e->v.attribute.value);
        puts_(b, ", attr=");
        dump_ident(b, e->v.attribute.attr);
        putf(b, ", ctx=%s", ctx_name(e->v.attribute.ctx));
        break;
    case GP_EXPR_SUBSCRIPT:
        puts_(b, "Subscript(value=");
        dump_expr(b, e->v.subscript.value);
        puts_(b, ", slice=");
        dump_expr(b, e->v.subscript.slice);
        putf(b, ", ctx=%s", ctx_name(e->v.subscript.ctx));
        break;
    case GP_EXPR_STARRED:
        puts_(b, "Starred(value=");
        dump_expr(b, e->v.starred.value);
        putf(b, ", ctx=%s", ctx_name(e->v.starred.ctx));
        break;
    case GP_EXPR_NAME:
        puts_(b, "Name(id=");
        dump_ident(b, e->v.name.id);
        putf(b, ", ctx=%s", ctx_name(e->v.name.ctx));
        break;
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE:
        puts_(b, e->kind == GP_EXPR_LIST ? "List(elts=" : "Tuple(elts=");
        dump_exprs(b, &e->v.list.elts);
        putf(b, ", ctx=%s", ctx_name(e->v.list.ctx));
        break;
    case GP_EXPR_SLICE: {
        puts_(b, "Slice(");
        const char *sep = "";
        if (e->v.slice.lower) { puts_(b, "lower="); dump_expr(b, e->v.slice.lower); sep = ", "; }
        if (e->v.slice.upper) { puts_(b, sep); puts_(b, "upper="); dump_expr(b, e->v.slice.upper); sep = ", "; }
        if (e->v.slice.step) { puts_(b, sep); puts_(b, "step="); dump_expr(b, e->v.slice.step); }
        if (b->attrs && !e->v.slice.lower && !e->v.slice.upper && !e->v.slice.step) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->loc.lineno,
                 e->loc.col_offset, e->loc.end_lineno, e->loc.end_col_offset);
            return;
        }
        break;
    }
    }
    if (b->attrs && e->kind == GP_EXPR_YIELD && !e->v.yield.value) {
        putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->loc.lineno,
             e->loc.col_offset, e->loc.end_lineno, e->loc.end_col_offset);
        return;
    }
    dump_loc(b, &e->loc);
    puts_(b, ")");
}

static void dump_aliases(dbuf *b, const gp_alias_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_alias *a = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "alias(name=");
        dump_ident(b, a->name);
        if (a->asname) {
            puts_(b, ", asname=");
            dump_ident(b, a->asname);
        }
        dump_loc(b, &a->loc);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_idents(dbuf *b, const gp_ident_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_ident(b, s->items[i]);
    }
    puts_(b, "]");
}

static void dump_handlers(dbuf *b, const gp_excepthandler_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_excepthandler *h = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "ExceptHandler(");
        if (h->type) {
            puts_(b, "type=");
            dump_expr(b, h->type);
            puts_(b, ", ");
        }
        if (h->name) {
            puts_(b, "name=");
            dump_ident(b, h->name);
            puts_(b, ", ");
        }
        puts_(b, "body=");
        dump_stmts(b, &h->body);
        dump_loc(b, &h->loc);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_stmt(dbuf *b, const gp_stmt *s)
{
    switch (s->kind) {
    case GP_STMT_FUNCTIONDEF:
    case GP_STMT_ASYNCFUNCTIONDEF:
        puts_(b, s->kind == GP_STMT_FUNCTIONDEF ? "FunctionDef(name=" : "AsyncFunctionDef(name=");
        dump_ident(b, s->v.funcdef.name);
        puts_(b, ", args=");
        dump_arguments(b, s->v.funcdef.args);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.funcdef.body);
        puts_(b, ", decorator_list=");
        dump_exprs(b, &s->v.funcdef.decorator_list);
        if (s->v.funcdef.returns) {
            puts_(b, ", returns=");
            dump_expr(b, s->v.funcdef.returns);
        }
        break;
    case GP_STMT_CLASSDEF:
        puts_(b, "ClassDef(name=");
        dump_ident(b, s->v.classdef.name);
        puts_(b, ", bases=");
        dump_exprs(b, &s->v.classdef.bases);
        puts_(b, ", keywords=");
        dump_keywords(b, &s->v.classdef.keywords);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.classdef.body);
        puts_(b, ", decorator_list=");
        dump_exprs(b, &s->v.classdef.decorator_list);
        break;
    case GP_STMT_RETURN:
        puts_(b, "Return(");
        if (s->v.return_.value) {
            puts_(b, "value=");
            dump_expr(b, s->v.return_.value);
        } else if (b->attrs) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", s->loc.lineno,
                 s->loc.col_offset, s->loc.end_lineno, s->loc.end_col_offset);
            return;
        }
        break;
    case GP_STMT_DELETE:
        puts_(b, "Delete(targets=");
        dump_exprs(b, &s->v.delete_.targets);
        break;
    case GP_STMT_ASSIGN:
        puts_(b, "Assign(targets=");
        dump_exprs(b, &s->v.assign.targets);
        puts_(b, ", value=");
        dump_expr(b, s->v.assign.value);
        break;
    case GP_STMT_AUGASSIGN:
        puts_(b, "AugAssign(target=");
        dump_expr(b, s->v.augassign.target);
        putf(b, ", op=%s, value=", binop_name(s->v.augassign.op));
        dump_expr(b, s->v.augassign.value);
        break;
    case GP_STMT_ANNASSIGN:
        puts_(b, "AnnAssign(target=");
        dump_expr(b, s->v.annassign.target);
        puts_(b, ", annotation=");
        dump_expr(b, s->v.annassign.annotation);
        if (s->v.annassign.value) {
            puts_(b, ", value=");
            dump_expr(b, s->v.annassign.value);
        }
        putf(b, ", simple=%d", s->v.annassign.simple ? 1 : 0);
        break;
    case GP_STMT_FOR:
    case GP_STMT_ASYNCFOR:
        puts_(b, s->kind == GP_STMT_FOR ? "For(target=" : "AsyncFor(target=");
        dump_expr(b, s->v.for_.target);
        puts_(b, ", iter=");
        dump_expr(b, s->v.for_.iter);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.for_.body);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.for_.orelse);
        break;
    case GP_STMT_WHILE:
    case GP_STMT_IF:
        puts_(b, s->kind == GP_STMT_WHILE ? "While(test=" : "If(test=");
        dump_expr(b, s->v.if_.test);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.if_.body);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.if_.orelse);
        break;
    case GP_STMT_WITH:
    case GP_STMT_ASYNCWITH:
        puts_(b, s->kind == GP_STMT_WITH ? "With(items=[" : "AsyncWith(items=[");
        for (size_t i = 0; i < s->v.with.items.n; i++) {
            const gp_withitem *w = s->v.with.items.items[i];
            if (i) puts_(b, ", ");
            puts_(b, "withitem(context_expr=");
            dump_expr(b, w->context_expr);
            if (w->optional_vars) {
                puts_(b, ", optional_vars=");
                dump_expr(b, w->optional_vars);
            }
            puts_(b, ")");
        }
        puts_(b, "], body=");
        dump_stmts(b, &s->v.with.body);
        break;
    case GP_STMT_RAISE: {
        puts_(b, "Raise(");
        const char *sep = "";
        if (s->v.raise.exc) { puts_(b, "exc="); dump_expr(b, s->v.raise.exc); sep = ", "; }
        if (s->v.raise.cause) { puts_(b, sep); puts_(b, "cause="); dump_expr(b, s->v.raise.cause); sep = ", "; }
        if (b->attrs && !*sep) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", s->loc.lineno,
                 s->loc.col_offset, s->loc.end_lineno, s->loc.end_col_offset);
            return;
        }
        break;
    }
    case GP_STMT_TRY:
    case GP_STMT_TRYSTAR:
        puts_(b, s->kind == GP_STMT_TRY ? "Try(body=" : "TryStar(body=");
        dump_stmts(b, &s->v.try_.body);
        puts_(b, ", handlers=");
        dump_handlers(b, &s->v.try_.handlers);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.try_.orelse);
        puts_(b, ", finalbody=");
        dump_stmts(b, &s->v.try_.finalbody);
        break;
    case GP_STMT_ASSERT:
        puts_(b, "Assert(test=");
        dump_expr(b, s->v.assert_.test);
        if (s->v.assert_.msg) {
            puts_(b, ", msg=");
            dump_expr(b, s->v.assert_.msg);
        }
        break;
    case GP_STMT_IMPORT:
        puts_(b, "Import(names=");
        dump_aliases(b, &s->v.import.names);
        break;
    case GP_STMT_IMPORTFROM:
        puts_(b, "ImportFrom(");
        if (s->v.importfrom.module) {
            puts_(b, "module=");
            dump_ident(b, s->v.importfrom.module);
            puts_(b, ", ");
        }
        puts_(b, "names=");
        dump_aliases(b, &s->v.importfrom.names);
        putf(b, ", level=%d", s->v.importfrom.level);
        break;
    case GP_STMT_GLOBAL:
    case GP_STMT_NONLOCAL:
        puts_(b, s->kind == GP_STMT_GLOBAL ? "Global(names=" : "Nonlocal(names=");
        dump_idents(b, &s->v.global.names);
        break;
    case GP_STMT_EXPR:
        puts_(b, "Expr(value=");
        dump_expr(b, s->v.expr.value);
        break;
    case GP_STMT_PASS:
    case GP_STMT_BREAK:
    case GP_STMT_CONTINUE:
        puts_(b, s->kind == GP_STMT_PASS ? "Pass(" : s->kind == GP_STMT_BREAK ? "Break(" : "Continue(");
        if (b->attrs) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", s->loc.lineno,
                 s->loc.col_offset, s->loc.end_lineno, s->loc.end_col_offset);
            return;
        }
        puts_(b, ")");
        return;
    }
    dump_loc(b, &s->loc);
    puts_(b, ")");
}

static void dump_stmts(dbuf *b, const gp_stmt_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_stmt(b, s->items[i]);
    }
    puts_(b, "]");
}

static char *dump_mod(const gp_mod *mod, bool attrs)
{
    dbuf b = {0};
    b.attrs = attrs;
    switch (mod->kind) {
    case GP_MOD_MODULE:
        puts_(&b, "Module(body=");
        dump_stmts(&b, &mod->body);
        puts_(&b, ", type_ignores=[])");
        break;
    case GP_MOD_INTERACTIVE:
        puts_(&b, "Interactive(body=");
        dump_stmts(&b, &mod->body);
        puts_(&b, ")");
        break;
    case GP_MOD_EXPRESSION:
        puts_(&b, "Expression(body=");
        dump_expr(&b, mod->expr);
        puts_(&b, ")");
        break;
    }
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

char *gp_ast_dump(const gp_mod *mod)
{
    return dump_mod(mod, false);
}

char *gp_ast_dump_attrs(const gp_mod *mod)
{
    return dump_mod(mod, true);
}
