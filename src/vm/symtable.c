/*
 * symtable.c — scope analysis (see symtable.h). Two steps: `collect`
 * walks the AST recording, per scope, how each name is used; `analyze`
 * then resolves every name top-down with the set of names bound by the
 * enclosing function scopes, and bottom-up with the names nested scopes
 * need as free variables (which turn local names into cells).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symtable.h"
#include "vm.h"

typedef struct st {
    const char *filename;
    gp_arena *arena;
    gp_scope *cur;
    gp_scope *top;
    const char *private;      /* the enclosing class's name, for __name mangling */
    bool failed;
} st;

const char *gp_mangle(gp_arena *arena, const char *private, const char *name) {
    if (!private || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*private == '_') private++;
    if (!*private) return name;
    size_t pl = strlen(private);
    char *m = gp_arena_alloc(arena, pl + n + 2);
    if (!m) return name;
    m[0] = '_';
    memcpy(m + 1, private, pl);
    memcpy(m + 1 + pl, name, n + 1);
    return m;
}

/* ---- scopes and symbols ---------------------------------------------- */

static size_t name_hash(const char *s) {
    size_t h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static gp_scope *scope_new(st *t, gp_scope_kind kind, const char *name, const void *node, gp_loc loc) {
    gp_scope *s = calloc(1, sizeof *s);
    if (!s) { t->failed = true; gp_err_nomemory(); return NULL; }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->lineno = loc.lineno;
    s->col = loc.col_offset;
    s->parent = t->cur;
    if (t->cur) {
        gp_scope *p = t->cur;
        if (p->nchildren == p->capch) {
            size_t nc = p->capch ? p->capch * 2 : 4;
            gp_scope **n = realloc(p->children, nc * sizeof *n);
            if (!n) { free(s); t->failed = true; gp_err_nomemory(); return NULL; }
            p->children = n;
            p->capch = nc;
        }
        p->children[p->nchildren++] = s;
    }
    return s;
}

void gp_symtable_free(gp_scope *s) {
    if (!s) return;
    for (size_t i = 0; i < s->nchildren; i++) gp_symtable_free(s->children[i]);
    free(s->children);
    free(s->syms);
    free(s->index);
    free(s);
}

gp_sym *gp_scope_lookup(gp_scope *s, const char *name) {
    if (!s->icap) return NULL;
    size_t mask = s->icap - 1;
    for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
        int k = s->index[i];
        if (k < 0) return NULL;
        if (strcmp(s->syms[k].name, name) == 0) return &s->syms[k];
    }
}

static int scope_grow_index(gp_scope *s) {
    size_t ncap = s->icap ? s->icap * 2 : 16;
    int *ni = malloc(ncap * sizeof *ni);
    if (!ni) return -1;
    for (size_t i = 0; i < ncap; i++) ni[i] = -1;
    for (size_t k = 0; k < s->nsyms; k++) {
        size_t i = name_hash(s->syms[k].name) & (ncap - 1);
        while (ni[i] >= 0) i = (i + 1) & (ncap - 1);
        ni[i] = (int)k;
    }
    free(s->index);
    s->index = ni;
    s->icap = ncap;
    return 0;
}

/* Finds or adds name; NULL on memory failure. */
static gp_sym *scope_sym(gp_scope *s, const char *name) {
    gp_sym *y = gp_scope_lookup(s, name);
    if (y) return y;
    if (s->nsyms == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 8;
        gp_sym *n = realloc(s->syms, nc * sizeof *n);
        if (!n) return NULL;
        s->syms = n;
        s->cap = nc;
    }
    if ((s->nsyms + 1) * 2 > s->icap && scope_grow_index(s) < 0) return NULL;
    size_t k = s->nsyms++;
    s->syms[k].name = name;
    s->syms[k].flags = 0;
    s->syms[k].scope = GP_SC_NONE;
    memset(&s->syms[k].directive, 0, sizeof s->syms[k].directive);
    size_t mask = s->icap - 1;
    size_t i = name_hash(name) & mask;
    while (s->index[i] >= 0) i = (i + 1) & mask;
    s->index[i] = (int)k;
    return &s->syms[k];
}

gp_scope *gp_scope_child(gp_scope *s, const void *node) {
    for (size_t i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node) return s->children[i];
    return NULL;
}

int gp_scope_of(gp_scope *s, const char *name) {
    gp_sym *y = gp_scope_lookup(s, name);
    return y ? y->scope : GP_SC_NONE;
}

static void st_error(st *t, gp_loc loc, const char *fmt, const char *name) {
    if (t->failed) return;
    char msg[300];
    snprintf(msg, sizeof msg, fmt, name);
    gp_compile_raise_syntax_error("SyntaxError", msg, t->filename, loc.lineno, loc.col_offset + 1,
                                  NULL, loc.end_lineno, loc.end_col_offset + 1);
    t->failed = true;
}

static void add_def(st *t, const char *name, int flag, gp_loc loc) {
    if (t->failed) return;
    name = gp_mangle(t->arena, t->private, name);
    gp_sym *y = scope_sym(t->cur, name);
    if (!y) { t->failed = true; gp_err_nomemory(); return; }
    if ((flag & GP_DEF_PARAM) && (y->flags & GP_DEF_PARAM)) {
        st_error(t, loc, "duplicate argument '%s' in function definition", name);
        return;
    }
    y->flags |= flag;
}

/* ---- collect ------------------------------------------------------------ */

static void visit_expr(st *t, gp_expr *e);
static void visit_stmts(st *t, gp_stmt_seq *seq);

static void visit_exprs(st *t, gp_expr_seq *seq) {
    for (size_t i = 0; i < seq->n; i++)
        if (seq->items[i]) visit_expr(t, seq->items[i]);
}

static void visit_params(st *t, gp_arguments *a) {
    for (size_t i = 0; i < a->posonlyargs.n; i++) add_def(t, a->posonlyargs.items[i]->arg, GP_DEF_PARAM, a->posonlyargs.items[i]->loc);
    for (size_t i = 0; i < a->args.n; i++) add_def(t, a->args.items[i]->arg, GP_DEF_PARAM, a->args.items[i]->loc);
    for (size_t i = 0; i < a->kwonlyargs.n; i++) add_def(t, a->kwonlyargs.items[i]->arg, GP_DEF_PARAM, a->kwonlyargs.items[i]->loc);
    if (a->vararg) add_def(t, a->vararg->arg, GP_DEF_PARAM, a->vararg->loc);
    if (a->kwarg) add_def(t, a->kwarg->arg, GP_DEF_PARAM, a->kwarg->loc);
}

static void visit_arg_annotations(st *t, gp_arg_seq *args) {
    for (size_t i = 0; i < args->n; i++)
        if (args->items[i]->annotation) visit_expr(t, args->items[i]->annotation);
}

static void visit_defaults(st *t, gp_arguments *a) {
    visit_exprs(t, &a->defaults);
    visit_exprs(t, &a->kw_defaults);
    /* annotations are evaluated where the def is */
    visit_arg_annotations(t, &a->posonlyargs);
    visit_arg_annotations(t, &a->args);
    if (a->vararg && a->vararg->annotation) visit_expr(t, a->vararg->annotation);
    visit_arg_annotations(t, &a->kwonlyargs);
    if (a->kwarg && a->kwarg->annotation) visit_expr(t, a->kwarg->annotation);
}

/* An await or async for inside comprehension s: s becomes a coroutine,
 * and so does each enclosing list/set/dict comprehension, which awaits it
 * (an async generator expression is not awaited where it is built). */
static void mark_async_comprehension(gp_scope *s) {
    while (s && s->is_comprehension) {
        s->is_coroutine = true;
        if (s->is_generator) break;
        s = s->parent;
    }
}

static void visit_comprehension(st *t, gp_expr *e, const char *name, gp_comprehension_seq *gens,
                                gp_expr *elt, gp_expr *value, bool is_gen) {
    gp_comprehension *first = gens->items[0];
    t->cur->comp_iter_expr++;
    visit_expr(t, first->iter);
    t->cur->comp_iter_expr--;
    gp_scope *s = scope_new(t, GP_SCOPE_FUNCTION, name, e, e->loc);
    if (!s) return;
    s->is_comprehension = true;
    s->is_generator = is_gen;
    for (size_t i = 0; i < gens->n; i++)
        if (gens->items[i]->is_async) mark_async_comprehension(s);
    t->cur = s;
    add_def(t, ".0", GP_DEF_PARAM, e->loc);
    visit_expr(t, first->target);
    visit_exprs(t, &first->ifs);
    for (size_t i = 1; i < gens->n; i++) {
        s->comp_iter_expr++;
        visit_expr(t, gens->items[i]->iter);
        s->comp_iter_expr--;
        visit_expr(t, gens->items[i]->target);
        visit_exprs(t, &gens->items[i]->ifs);
    }
    if (value) visit_expr(t, value);
    visit_expr(t, elt);
    t->cur = s->parent;
}

/* A walrus inside a comprehension binds in the enclosing non-comprehension scope. */
static void visit_namedexpr_target(st *t, gp_expr *target) {
    const char *name = target->v.name.id;
    gp_scope *s = t->cur;
    if (!s->is_comprehension) { add_def(t, name, GP_DEF_LOCAL, target->loc); return; }
    gp_scope *outer = s;
    while (outer->is_comprehension) {
        gp_sym *y = gp_scope_lookup(outer, name);
        if (y && (y->flags & GP_DEF_COMP_ITER)) {
            st_error(t, target->loc, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return;
        }
        outer = outer->parent;
    }
    gp_scope *save = t->cur;
    if (outer->kind == GP_SCOPE_CLASS) {
        st_error(t, target->loc, "assignment expression within a comprehension cannot be used in a class body%s", "");
        return;
    }
    for (gp_scope *c = s; c != outer; c = c->parent) {
        t->cur = c;
        add_def(t, name, outer->kind == GP_SCOPE_MODULE ? GP_DEF_GLOBAL : GP_DEF_NONLOCAL, target->loc);
    }
    t->cur = outer;
    add_def(t, name, GP_DEF_LOCAL, target->loc);
    t->cur = save;
}

static void visit_expr(st *t, gp_expr *e) {
    if (t->failed || !e) return;
    switch (e->kind) {
    case GP_EXPR_BOOLOP: visit_exprs(t, &e->v.boolop.values); break;
    case GP_EXPR_NAMEDEXPR:
        if (t->cur->comp_iter_expr > 0) {
            st_error(t, e->loc, "assignment expression cannot be used in a comprehension iterable expression%s", "");
            break;
        }
        visit_expr(t, e->v.namedexpr.value);
        visit_namedexpr_target(t, e->v.namedexpr.target);
        break;
    case GP_EXPR_BINOP: visit_expr(t, e->v.binop.left); visit_expr(t, e->v.binop.right); break;
    case GP_EXPR_UNARYOP: visit_expr(t, e->v.unaryop.operand); break;
    case GP_EXPR_LAMBDA: {
        visit_defaults(t, e->v.lambda.args);
        gp_scope *s = scope_new(t, GP_SCOPE_FUNCTION, "<lambda>", e, e->loc);
        if (!s) return;
        s->is_lambda = true;
        t->cur = s;
        visit_params(t, e->v.lambda.args);
        visit_expr(t, e->v.lambda.body);
        t->cur = s->parent;
        break;
    }
    case GP_EXPR_IFEXP:
        visit_expr(t, e->v.ifexp.test); visit_expr(t, e->v.ifexp.body); visit_expr(t, e->v.ifexp.orelse);
        break;
    case GP_EXPR_DICT: visit_exprs(t, &e->v.dict.keys); visit_exprs(t, &e->v.dict.values); break;
    case GP_EXPR_SET: visit_exprs(t, &e->v.set.elts); break;
    case GP_EXPR_LISTCOMP: visit_comprehension(t, e, "<listcomp>", &e->v.comp.generators, e->v.comp.elt, NULL, false); break;
    case GP_EXPR_SETCOMP: visit_comprehension(t, e, "<setcomp>", &e->v.comp.generators, e->v.comp.elt, NULL, false); break;
    case GP_EXPR_GENERATOREXP: visit_comprehension(t, e, "<genexpr>", &e->v.comp.generators, e->v.comp.elt, NULL, true); break;
    case GP_EXPR_DICTCOMP:
        visit_comprehension(t, e, "<dictcomp>", &e->v.dictcomp.generators, e->v.dictcomp.key, e->v.dictcomp.value, false);
        break;
    case GP_EXPR_AWAIT:
        mark_async_comprehension(t->cur);
        visit_expr(t, e->v.await_.value);
        break;
    case GP_EXPR_YIELD:
    case GP_EXPR_YIELDFROM:
        if (t->cur->kind != GP_SCOPE_FUNCTION) {
            st_error(t, e->loc, "'yield' outside function%s", "");
            return;
        }
        if (t->cur->is_comprehension) {
            st_error(t, e->loc, "'yield' inside %s", t->cur->name[1] == 'l' ? "list comprehension"
                     : t->cur->name[1] == 's' ? "set comprehension" : t->cur->name[1] == 'd'
                     ? "dict comprehension" : "generator expression");
            return;
        }
        t->cur->is_generator = true;
        visit_expr(t, e->kind == GP_EXPR_YIELD ? e->v.yield.value : e->v.yieldfrom.value);
        break;
    case GP_EXPR_COMPARE:
        visit_expr(t, e->v.compare.left);
        for (size_t i = 0; i < e->v.compare.n; i++) visit_expr(t, e->v.compare.comparators[i]);
        break;
    case GP_EXPR_CALL:
        visit_expr(t, e->v.call.func);
        visit_exprs(t, &e->v.call.args);
        for (size_t i = 0; i < e->v.call.keywords.n; i++) visit_expr(t, e->v.call.keywords.items[i]->value);
        break;
    case GP_EXPR_FORMATTEDVALUE:
        visit_expr(t, e->v.formattedvalue.value);
        visit_expr(t, e->v.formattedvalue.format_spec);
        break;
    case GP_EXPR_JOINEDSTR: visit_exprs(t, &e->v.joinedstr.values); break;
    case GP_EXPR_CONSTANT: break;
    case GP_EXPR_ATTRIBUTE: visit_expr(t, e->v.attribute.value); break;
    case GP_EXPR_SUBSCRIPT: visit_expr(t, e->v.subscript.value); visit_expr(t, e->v.subscript.slice); break;
    case GP_EXPR_STARRED: visit_expr(t, e->v.starred.value); break;
    case GP_EXPR_NAME: {
        const char *id = e->v.name.id;
        int flag = e->v.name.ctx == GP_CTX_LOAD ? GP_USE : GP_DEF_LOCAL;
        if (t->cur->is_comprehension && flag == GP_DEF_LOCAL) flag |= GP_DEF_COMP_ITER;
        add_def(t, id, flag, e->loc);
        /* super() needs the class cell */
        if (e->v.name.ctx == GP_CTX_LOAD && t->cur->kind == GP_SCOPE_FUNCTION && strcmp(id, "super") == 0)
            add_def(t, "__class__", GP_USE, e->loc);
        break;
    }
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE: visit_exprs(t, &e->v.list.elts); break;
    case GP_EXPR_SLICE:
        visit_expr(t, e->v.slice.lower); visit_expr(t, e->v.slice.upper); visit_expr(t, e->v.slice.step);
        break;
    }
}

static void visit_global(st *t, gp_stmt *s, bool nonlocal) {
    for (size_t i = 0; i < s->v.global.names.n; i++) {
        const char *name = gp_mangle(t->arena, t->private, s->v.global.names.items[i]);
        gp_sym *y = gp_scope_lookup(t->cur, name);
        const char *kw = nonlocal ? "nonlocal" : "global";
        char fmt[128];
        if (y && (y->flags & (GP_DEF_PARAM))) {
            snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", kw);
            st_error(t, s->loc, fmt, name);
            return;
        }
        if (y && (y->flags & (GP_DEF_LOCAL | GP_DEF_IMPORT))) {
            snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", kw);
            st_error(t, s->loc, fmt, name);
            return;
        }
        if (y && (y->flags & GP_USE)) {
            snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", kw);
            st_error(t, s->loc, fmt, name);
            return;
        }
        if (y && (y->flags & (nonlocal ? GP_DEF_GLOBAL : GP_DEF_NONLOCAL))) {
            st_error(t, y->directive, "name '%s' is nonlocal and global", name);
            return;
        }
        if (nonlocal && t->cur->kind == GP_SCOPE_MODULE) {
            st_error(t, s->loc, "nonlocal declaration not allowed at module level%s", "");
            return;
        }
        add_def(t, name, nonlocal ? GP_DEF_NONLOCAL : GP_DEF_GLOBAL, s->loc);
        y = t->failed ? NULL : gp_scope_lookup(t->cur, name);
        if (y && y->directive.lineno == 0) y->directive = s->loc;
    }
}

static void visit_import_names(st *t, gp_stmt *s, gp_alias_seq *names) {
    for (size_t i = 0; i < names->n; i++) {
        gp_alias *a = names->items[i];
        if (strcmp(a->name, "*") == 0) {
            if (t->cur->kind != GP_SCOPE_MODULE) {
                st_error(t, s->loc, "import * only allowed at module level%s", "");
                return;
            }
            continue;
        }
        const char *bound = a->asname;
        if (!bound) {
            const char *dot = strchr(a->name, '.');
            bound = dot ? gp_arena_strndup(t->arena, a->name, (size_t)(dot - a->name)) : a->name;
            if (!bound) { t->failed = true; gp_err_nomemory(); return; }
        }
        add_def(t, bound, GP_DEF_IMPORT, a->loc);
    }
}

/* Patterns bind their capture names and evaluate values and classes. */
static void visit_pattern(st *t, gp_pattern *p) {
    if (!p || t->failed) return;
    switch (p->kind) {
    case GP_PAT_VALUE:
    case GP_PAT_SINGLETON: visit_expr(t, p->v.value.value); break;
    case GP_PAT_SEQUENCE:
    case GP_PAT_OR:
        for (size_t i = 0; i < p->v.seq.patterns.n; i++) visit_pattern(t, p->v.seq.patterns.items[i]);
        break;
    case GP_PAT_MAPPING:
        visit_exprs(t, &p->v.mapping.keys);
        for (size_t i = 0; i < p->v.mapping.patterns.n; i++) visit_pattern(t, p->v.mapping.patterns.items[i]);
        if (p->v.mapping.rest) add_def(t, p->v.mapping.rest, GP_DEF_LOCAL, p->loc);
        break;
    case GP_PAT_CLASS:
        visit_expr(t, p->v.cls.cls);
        for (size_t i = 0; i < p->v.cls.patterns.n; i++) visit_pattern(t, p->v.cls.patterns.items[i]);
        for (size_t i = 0; i < p->v.cls.kwd_patterns.n; i++) visit_pattern(t, p->v.cls.kwd_patterns.items[i]);
        break;
    case GP_PAT_STAR:
        if (p->v.star.name) add_def(t, p->v.star.name, GP_DEF_LOCAL, p->loc);
        break;
    case GP_PAT_AS:
        visit_pattern(t, p->v.as.pattern);
        if (p->v.as.name) add_def(t, p->v.as.name, GP_DEF_LOCAL, p->loc);
        break;
    }
}

static void visit_stmt(st *t, gp_stmt *s) {
    if (t->failed) return;
    switch (s->kind) {
    case GP_STMT_FUNCTIONDEF:
    case GP_STMT_ASYNCFUNCTIONDEF: {
        visit_exprs(t, &s->v.funcdef.decorator_list);
        visit_defaults(t, s->v.funcdef.args);
        if (s->v.funcdef.returns) visit_expr(t, s->v.funcdef.returns);
        add_def(t, s->v.funcdef.name, GP_DEF_LOCAL, s->loc);
        gp_scope *c = scope_new(t, GP_SCOPE_FUNCTION, s->v.funcdef.name, s, s->loc);
        if (!c) return;
        t->cur = c;
        visit_params(t, s->v.funcdef.args);
        visit_stmts(t, &s->v.funcdef.body);
        t->cur = c->parent;
        break;
    }
    case GP_STMT_CLASSDEF: {
        visit_exprs(t, &s->v.classdef.decorator_list);
        visit_exprs(t, &s->v.classdef.bases);
        for (size_t i = 0; i < s->v.classdef.keywords.n; i++) visit_expr(t, s->v.classdef.keywords.items[i]->value);
        add_def(t, s->v.classdef.name, GP_DEF_LOCAL, s->loc);
        gp_scope *c = scope_new(t, GP_SCOPE_CLASS, s->v.classdef.name, s, s->loc);
        if (!c) return;
        t->cur = c;
        const char *saved = t->private;
        t->private = s->v.classdef.name;
        visit_stmts(t, &s->v.classdef.body);
        t->private = saved;
        t->cur = c->parent;
        break;
    }
    case GP_STMT_RETURN: visit_expr(t, s->v.return_.value); break;
    case GP_STMT_DELETE: visit_exprs(t, &s->v.delete_.targets); break;
    case GP_STMT_ASSIGN: visit_expr(t, s->v.assign.value); visit_exprs(t, &s->v.assign.targets); break;
    case GP_STMT_AUGASSIGN:
        visit_expr(t, s->v.augassign.value);
        if (s->v.augassign.target->kind == GP_EXPR_NAME)
            add_def(t, s->v.augassign.target->v.name.id, GP_DEF_LOCAL | GP_USE, s->v.augassign.target->loc);
        else
            visit_expr(t, s->v.augassign.target);
        break;
    case GP_STMT_ANNASSIGN:
        if (s->v.annassign.value) visit_expr(t, s->v.annassign.value);
        if (s->v.annassign.target->kind == GP_EXPR_NAME) {
            gp_sym *y = gp_scope_lookup(t->cur, s->v.annassign.target->v.name.id);
            if (y && (y->flags & (GP_DEF_GLOBAL | GP_DEF_NONLOCAL)) && s->v.annassign.simple) {
                st_error(t, s->loc, (y->flags & GP_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                               : "annotated name '%s' can't be nonlocal",
                         s->v.annassign.target->v.name.id);
                return;
            }
            add_def(t, s->v.annassign.target->v.name.id, GP_DEF_LOCAL, s->v.annassign.target->loc);
        } else {
            visit_expr(t, s->v.annassign.target);
        }
        if (t->cur->kind != GP_SCOPE_FUNCTION) visit_expr(t, s->v.annassign.annotation);
        break;
    case GP_STMT_FOR:
    case GP_STMT_ASYNCFOR:
        visit_expr(t, s->v.for_.target); visit_expr(t, s->v.for_.iter);
        visit_stmts(t, &s->v.for_.body); visit_stmts(t, &s->v.for_.orelse);
        break;
    case GP_STMT_WHILE:
        visit_expr(t, s->v.while_.test); visit_stmts(t, &s->v.while_.body); visit_stmts(t, &s->v.while_.orelse);
        break;
    case GP_STMT_IF:
        visit_expr(t, s->v.if_.test); visit_stmts(t, &s->v.if_.body); visit_stmts(t, &s->v.if_.orelse);
        break;
    case GP_STMT_WITH:
    case GP_STMT_ASYNCWITH:
        for (size_t i = 0; i < s->v.with.items.n; i++) {
            visit_expr(t, s->v.with.items.items[i]->context_expr);
            visit_expr(t, s->v.with.items.items[i]->optional_vars);
        }
        visit_stmts(t, &s->v.with.body);
        break;
    case GP_STMT_RAISE: visit_expr(t, s->v.raise.exc); visit_expr(t, s->v.raise.cause); break;
    case GP_STMT_TRY:
    case GP_STMT_TRYSTAR:
        visit_stmts(t, &s->v.try_.body);
        for (size_t i = 0; i < s->v.try_.handlers.n; i++) {
            gp_excepthandler *h = s->v.try_.handlers.items[i];
            visit_expr(t, h->type);
            if (h->name) add_def(t, h->name, GP_DEF_LOCAL, h->loc);
            visit_stmts(t, &h->body);
        }
        visit_stmts(t, &s->v.try_.orelse);
        visit_stmts(t, &s->v.try_.finalbody);
        break;
    case GP_STMT_ASSERT: visit_expr(t, s->v.assert_.test); visit_expr(t, s->v.assert_.msg); break;
    case GP_STMT_IMPORT: visit_import_names(t, s, &s->v.import.names); break;
    case GP_STMT_IMPORTFROM: visit_import_names(t, s, &s->v.importfrom.names); break;
    case GP_STMT_GLOBAL: visit_global(t, s, false); break;
    case GP_STMT_NONLOCAL: visit_global(t, s, true); break;
    case GP_STMT_EXPR: visit_expr(t, s->v.expr.value); break;
    case GP_STMT_MATCH:
        visit_expr(t, s->v.match.subject);
        for (size_t i = 0; i < s->v.match.cases.n; i++) {
            gp_match_case *mc = s->v.match.cases.items[i];
            visit_pattern(t, mc->pattern);
            visit_expr(t, mc->guard);
            visit_stmts(t, &mc->body);
        }
        break;
    case GP_STMT_PASS:
    case GP_STMT_BREAK:
    case GP_STMT_CONTINUE: break;
    }
}

static void visit_stmts(st *t, gp_stmt_seq *seq) {
    for (size_t i = 0; i < seq->n && !t->failed; i++) visit_stmt(t, seq->items[i]);
}

/* ---- analyze -------------------------------------------------------------- */

/* A set of names: a growable array with a hash index once it grows (a
 * module can bind tens of thousands of names). */
typedef struct nameset { const char **v; size_t n, cap; int *idx; size_t icap; } nameset;

static int ns_find(const nameset *s, const char *name) {
    if (s->idx) {
        size_t mask = s->icap - 1;
        for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
            int k = s->idx[i];
            if (k < 0) return -1;
            if (s->v[k] && strcmp(s->v[k], name) == 0) return k;
        }
    }
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i] && strcmp(s->v[i], name) == 0) return (int)i;
    return -1;
}

static bool ns_has(const nameset *s, const char *name) { return ns_find(s, name) >= 0; }

static int ns_reindex(nameset *s) {
    size_t ncap = 64;
    while (ncap < s->cap * 2) ncap *= 2;
    int *ni = malloc(ncap * sizeof *ni);
    if (!ni) return -1;
    for (size_t i = 0; i < ncap; i++) ni[i] = -1;
    for (size_t k = 0; k < s->n; k++) {
        if (!s->v[k]) continue;
        size_t i = name_hash(s->v[k]) & (ncap - 1);
        while (ni[i] >= 0) i = (i + 1) & (ncap - 1);
        ni[i] = (int)k;
    }
    free(s->idx);
    s->idx = ni;
    s->icap = ncap;
    return 0;
}

static int ns_add(nameset *s, const char *name) {
    if (ns_has(s, name)) return 0;
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 8;
        const char **n = realloc(s->v, nc * sizeof *n);
        if (!n) return -1;
        s->v = n;
        s->cap = nc;
        if (nc > 32 && ns_reindex(s) < 0) return -1;
    }
    size_t k = s->n++;
    s->v[k] = name;
    if (s->idx) {
        size_t mask = s->icap - 1;
        size_t i = name_hash(name) & mask;
        while (s->idx[i] >= 0) i = (i + 1) & mask;
        s->idx[i] = (int)k;
    }
    return 0;
}

/* Removal leaves a hole (NULL) so the index stays valid. */
static void ns_remove(nameset *s, const char *name) {
    int k = ns_find(s, name);
    if (k >= 0) s->v[k] = NULL;
}

static int ns_copy(nameset *dst, const nameset *src) {
    for (size_t i = 0; i < src->n; i++)
        if (src->v[i] && ns_add(dst, src->v[i]) < 0) return -1;
    return 0;
}

static void ns_free(nameset *s) {
    free(s->v);
    free(s->idx);
    memset(s, 0, sizeof *s);
}

static gp_loc scope_loc(gp_scope *s) {
    gp_loc l = {s->lineno, s->col, s->lineno, s->col};
    return l;
}

/* bound: names bound in enclosing function scopes; global: names declared
 * global in enclosing scopes. Adds to *free the names this scope (and its
 * children) need from outside. */
static int analyze(st *t, gp_scope *s, nameset *bound, nameset *global, nameset *free_out) {
    nameset local = {0}, newbound = {0}, newglobal = {0}, allfree = {0};
    int rc = -1;
    for (size_t i = 0; i < s->nsyms; i++) {
        gp_sym *y = &s->syms[i];
        if (y->flags & GP_DEF_GLOBAL) {
            y->scope = GP_SC_GLOBAL_EXPLICIT;
            if (ns_add(global, y->name) < 0) goto oom;
            ns_remove(bound, y->name);
        } else if (y->flags & GP_DEF_NONLOCAL) {
            if (!ns_has(bound, y->name)) {
                st_error(t, y->directive.lineno ? y->directive : scope_loc(s),
                         "no binding for nonlocal '%s' found", y->name);
                goto done;
            }
            y->scope = GP_SC_FREE;
            s->child_free = true;
            if (ns_add(free_out, y->name) < 0) goto oom;
        } else if (y->flags & GP_DEF_BOUND) {
            y->scope = GP_SC_LOCAL;
            if (ns_add(&local, y->name) < 0) goto oom;
            ns_remove(global, y->name);
        } else if (s->kind != GP_SCOPE_MODULE && ns_has(bound, y->name)) {
            y->scope = GP_SC_FREE;
            if (ns_add(free_out, y->name) < 0) goto oom;
        } else {
            y->scope = GP_SC_GLOBAL_IMPLICIT;
        }
    }
    if (s->kind == GP_SCOPE_FUNCTION) {
        if (ns_copy(&newbound, &local) < 0) goto oom;
    }
    if (s->kind != GP_SCOPE_MODULE && ns_copy(&newbound, bound) < 0) goto oom;
    if (s->kind == GP_SCOPE_CLASS && ns_add(&newbound, "__class__") < 0) goto oom;
    if (ns_copy(&newglobal, global) < 0) goto oom;
    for (size_t i = 0; i < s->nchildren; i++) {
        nameset cb = {0}, cg = {0};
        if (ns_copy(&cb, &newbound) < 0 || ns_copy(&cg, &newglobal) < 0) {
            ns_free(&cb); ns_free(&cg);
            goto oom;
        }
        int r = analyze(t, s->children[i], &cb, &cg, &allfree);
        ns_free(&cb);
        ns_free(&cg);
        if (r < 0) goto done;
    }
    /* names children need: bound here → cell; otherwise pass them through */
    for (size_t i = 0; i < allfree.n; i++) {
        const char *name = allfree.v[i];
        if (!name) continue;
        gp_sym *y = gp_scope_lookup(s, name);
        if (s->kind == GP_SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            s->needs_class_cell = true;
            continue;
        }
        if (s->kind == GP_SCOPE_FUNCTION && y && y->scope == GP_SC_LOCAL) {
            y->scope = GP_SC_CELL;
            continue;
        }
        if (y && y->scope == GP_SC_CELL) continue;
        if (s->kind == GP_SCOPE_MODULE) continue;
        if (y && (y->scope == GP_SC_GLOBAL_EXPLICIT)) continue;
        if (!y) {
            if (!ns_has(bound, name)) continue;
            y = scope_sym(s, name);
            if (!y) goto oom;
            y->scope = GP_SC_FREE;
        } else if (y->scope == GP_SC_GLOBAL_IMPLICIT) {
            y->scope = GP_SC_FREE;
        } else if (s->kind == GP_SCOPE_CLASS && y->scope == GP_SC_LOCAL) {
            /* the class binds it too: class body uses the local, the cell
             * is for the methods; CPython marks DEF_FREE_CLASS */
            y->flags |= GP_DEF_FREE_CLASS;
        }
        if (ns_add(free_out, name) < 0) goto oom;
    }
    rc = 0;
    goto done;
oom:
    gp_err_nomemory();
    t->failed = true;
done:
    ns_free(&local);
    ns_free(&newbound);
    ns_free(&newglobal);
    ns_free(&allfree);
    return rc;
}

gp_scope *gp_symtable_build(const gp_mod *mod, const char *filename, gp_arena *arena) {
    st t = {filename, arena, NULL, NULL, NULL, false};
    gp_loc loc = {1, 0, 1, 0};
    gp_scope *top = scope_new(&t, GP_SCOPE_MODULE, "<module>", mod, loc);
    if (!top) return NULL;
    t.cur = top;
    t.top = top;
    if (mod->kind == GP_MOD_EXPRESSION) {
        visit_expr(&t, mod->expr);
    } else {
        gp_stmt_seq body = mod->body;
        visit_stmts(&t, &body);
    }
    if (!t.failed) {
        nameset bound = {0}, global = {0}, free = {0};
        analyze(&t, top, &bound, &global, &free);
        ns_free(&bound);
        ns_free(&global);
        ns_free(&free);
    }
    if (t.failed) {
        gp_symtable_free(top);
        return NULL;
    }
    return top;
}
