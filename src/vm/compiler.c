/*
 * compiler.c — AST → code objects.
 *
 * One `unit` per scope being compiled (module, function, lambda,
 * comprehension, class body); units nest like the scopes of symtable.c.
 * Jumps are emitted against labels and resolved when the unit is
 * assembled; the maximum stack depth and block depth are then computed by
 * a flow analysis over the finished bytecode (stack effects come from
 * opcodes.def).
 *
 * Control flow that leaves a block (return / break / continue out of
 * try-finally, with, except) is compiled by "unwinding" the compile-time
 * block stack (fblocks): the finally body is emitted inline at every such
 * exit, as CPython 3.9+ does, so the VM needs no "why" state machine.
 *
 * Exception handlers: SETUP_FINALLY pushes a block; when an exception
 * unwinds to it the VM cuts the value stack to the block's level, pushes
 * the previously handled exception and the new one, replaces the block by
 * a HANDLER block and jumps. POP_EXCEPT leaves a handler.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler_internal.h"

/* Inside the body of an async def (not a lambda or comprehension in it)? */
static bool scope_is_async_def(gp_scope *s) {
    return s->kind == GP_SCOPE_FUNCTION && !s->is_lambda && !s->is_comprehension && s->node &&
           ((const gp_stmt *)s->node)->kind == GP_STMT_ASYNCFUNCTIONDEF;
}

/* Also true in an async comprehension directly or indirectly inside one. */
static bool in_coroutine(compiler *c) {
    gp_scope *s = c->u->scope;
    if (s->is_comprehension) {
        if (!s->is_coroutine) return false;
        while (s->is_comprehension) s = s->parent;
    }
    return scope_is_async_def(s);
}

static int compile_store(compiler *c, gp_expr *e);
static bool has_annotations(gp_stmt_seq *seq);

/* ---- errors ------------------------------------------------------------- */

static char *source_line(const char *filename, int lineno) {
    if (!filename || lineno < 1) return NULL;
    FILE *f = fopen(filename, "r");
    if (!f) return NULL;
    char buf[4096];
    int ln = 0;
    char *res = NULL;
    while (fgets(buf, sizeof buf, f)) {
        if (++ln == lineno) { res = strdup(buf); break; }
    }
    fclose(f);
    return res;
}

void gp_compile_raise_syntax_error(const char *type, const char *msg, const char *filename,
                                   int lineno, int offset, const char *text, int end_lineno,
                                   int end_offset) {
    gp_type *t = gp_exc_SyntaxError;
    if (type && strcmp(type, "IndentationError") == 0) t = gp_exc_IndentationError;
    else if (type && strcmp(type, "TabError") == 0) t = gp_exc_TabError;
    char *owned = NULL;
    if (!text) text = owned = source_line(filename, lineno);
    gp_obj *m = gp_str_from_cstr(msg);
    gp_obj *fn = gp_str_from_cstr(filename ? filename : "<string>");
    gp_obj *tx = text ? gp_str_from_cstr(text) : GP_NONE_NEW();
    if (!tx) { gp_err_clear(); tx = GP_NONE_NEW(); }
    gp_obj *ln = gp_int_from_i64(lineno), *of = gp_int_from_i64(offset);
    gp_obj *el = gp_int_from_i64(end_lineno), *eo = gp_int_from_i64(end_offset);
    free(owned);
    if (!m || !fn || !ln || !of || !el || !eo) goto out;
    gp_obj *details = gp_tuple_pack(6, fn, ln, of, tx, el, eo);
    if (!details) goto out;
    gp_obj *args = gp_tuple_pack(2, m, details);
    gp_decref(details);
    if (!args) goto out;
    gp_obj *exc = gp_exc_new(t, args);
    gp_decref(args);
    if (!exc) goto out;
    /* SyntaxError's attributes, for code that inspects them */
    gp_setattr_str(exc, "msg", m);
    gp_setattr_str(exc, "filename", fn);
    gp_setattr_str(exc, "lineno", ln);
    gp_setattr_str(exc, "offset", of);
    gp_setattr_str(exc, "text", tx);
    gp_setattr_str(exc, "end_lineno", el);
    gp_setattr_str(exc, "end_offset", eo);
    if (gp_err_occurred()) gp_err_clear();
    gp_err_set_obj(exc);
    gp_decref(exc);
out:
    gp_xdecref(m); gp_xdecref(fn); gp_xdecref(tx); gp_xdecref(ln); gp_xdecref(of);
    gp_xdecref(el); gp_xdecref(eo);
}

int error_at(compiler *c, gp_loc loc, const char *msg) {
    gp_compile_raise_syntax_error("SyntaxError", msg, c->filename, loc.lineno, loc.col_offset + 1,
                                  NULL, loc.end_lineno, loc.end_col_offset + 1);
    return -1;
}

/* ---- units ---------------------------------------------------------------- */

static void unit_free(unit *u) {
    if (!u) return;
    free(u->code);
    free(u->lines);
    free(u->labels);
    free(u->qualname);
    gp_xdecref(u->consts); gp_xdecref(u->constmap);
    gp_xdecref(u->names); gp_xdecref(u->namemap);
    gp_xdecref(u->varnames); gp_xdecref(u->varmap);
    gp_xdecref(u->cellvars); gp_xdecref(u->cellmap);
    gp_xdecref(u->freevars); gp_xdecref(u->freemap);
    free(u);
}

/* Adds name to (list, map) if absent; returns its index. */
static int list_index(gp_obj *list, gp_obj *map, const char *name) {
    gp_obj *s = gp_str_intern_cstr(name);
    if (!s) return -1;
    gp_obj *i = gp_dict_get_str(map, s);
    if (i) return (int)gp_int_as_ssize(i);
    gp_ssize n = GP_LIST_SIZE(list);
    gp_obj *idx = gp_int_from_i64(n);
    if (!idx) return -1;
    int rc = gp_dict_set(map, s, idx);
    gp_decref(idx);
    if (rc < 0 || gp_list_append(list, s) < 0) return -1;
    return (int)n;
}

static int lookup_index(gp_obj *map, const char *name) {
    gp_obj *s = gp_str_intern_cstr(name);
    if (!s) return -1;
    gp_obj *i = gp_dict_get_str(map, s);
    return i ? (int)gp_int_as_ssize(i) : -1;
}

static unit *unit_new(compiler *c, gp_scope *scope, const char *name, int firstlineno) {
    unit *u = calloc(1, sizeof *u);
    if (!u) { gp_err_nomemory(); return NULL; }
    u->scope = scope;
    u->name = name;
    u->firstlineno = u->lineno = firstlineno;
    u->is_function = scope->kind == GP_SCOPE_FUNCTION;
    u->parent = c->u;
    u->private = c->u ? c->u->private : NULL;
    if (!(u->consts = gp_list_new(0)) || !(u->constmap = gp_dict_new()) ||
        !(u->names = gp_list_new(0)) || !(u->namemap = gp_dict_new()) ||
        !(u->varnames = gp_list_new(0)) || !(u->varmap = gp_dict_new()) ||
        !(u->cellvars = gp_list_new(0)) || !(u->cellmap = gp_dict_new()) ||
        !(u->freevars = gp_list_new(0)) || !(u->freemap = gp_dict_new())) {
        unit_free(u);
        return NULL;
    }
    /* qualname: Outer.<locals>.name for functions, Outer.name for classes */
    const char *pq = NULL;
    bool locals = false;
    if (c->u && c->u->scope->kind != GP_SCOPE_MODULE) {
        pq = c->u->qualname;
        locals = c->u->scope->kind == GP_SCOPE_FUNCTION;
    }
    size_t n = strlen(name) + (pq ? strlen(pq) + 10 : 0) + 1;
    u->qualname = malloc(n);
    if (!u->qualname) { unit_free(u); gp_err_nomemory(); return NULL; }
    if (pq) snprintf(u->qualname, n, "%s.%s%s", pq, locals ? "<locals>." : "", name);
    else snprintf(u->qualname, n, "%s", name);
    /* variable tables from the scope */
    for (size_t i = 0; i < scope->nsyms; i++) {
        gp_sym *y = &scope->syms[i];
        if (u->is_function && ((y->flags & GP_DEF_PARAM) || y->scope == GP_SC_LOCAL))
            if (list_index(u->varnames, u->varmap, y->name) < 0) goto fail;
    }
    for (size_t i = 0; i < scope->nsyms; i++) {
        gp_sym *y = &scope->syms[i];
        if (y->scope == GP_SC_CELL && list_index(u->cellvars, u->cellmap, y->name) < 0) goto fail;
    }
    if (scope->needs_class_cell && list_index(u->cellvars, u->cellmap, "__class__") < 0) goto fail;
    for (size_t i = 0; i < scope->nsyms; i++) {
        gp_sym *y = &scope->syms[i];
        if ((y->scope == GP_SC_FREE || (y->flags & GP_DEF_FREE_CLASS)) &&
            list_index(u->freevars, u->freemap, y->name) < 0)
            goto fail;
    }
    return u;
fail:
    unit_free(u);
    return NULL;
}

int new_label(compiler *c) {
    unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int nc = u->caplabels ? u->caplabels * 2 : 16;
        int *n = realloc(u->labels, (size_t)nc * sizeof *n);
        if (!n) { gp_err_nomemory(); return -1; }
        u->labels = n;
        u->caplabels = nc;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void bind_label(compiler *c, int label) { c->u->labels[label] = c->u->n; }

int emit(compiler *c, int op, int arg) {
    unit *u = c->u;
    if (arg < 0 || (uint32_t)arg > GP_MAX_OPARG) {
        gp_err_set_str(gp_exc_SystemError, "bytecode argument out of range");
        return -1;
    }
    if (u->n == u->cap) {
        int nc = u->cap ? u->cap * 2 : 64;
        uint32_t *nco = realloc(u->code, (size_t)nc * sizeof *nco);
        if (!nco) { gp_err_nomemory(); return -1; }
        u->code = nco;
        int *nl = realloc(u->lines, (size_t)nc * sizeof *nl);
        if (!nl) { gp_err_nomemory(); return -1; }
        u->lines = nl;
        u->cap = nc;
    }
    u->code[u->n] = GP_INSTR(op, arg);
    u->lines[u->n] = u->lineno;
    u->n++;
    return 0;
}

int emit0(compiler *c, int op) { return emit(c, op, 0); }

/* Index of a constant, deduplicated by (type, value) for the hashable
 * immutable types. Steals v. */
int add_const(compiler *c, gp_obj *v) {
    unit *u = c->u;
    if (!v) return -1;
    gp_obj *key = NULL;
    if (GP_TYPE(v) == &gp_int_type || GP_TYPE(v) == &gp_str_type || GP_TYPE(v) == &gp_bytes_type ||
        v == gp_None || GP_TYPE(v) == &gp_bool_type || v == gp_Ellipsis) {
        key = gp_tuple_pack(2, (gp_obj *)GP_TYPE(v), v);
        if (!key) { gp_decref(v); return -1; }
        gp_obj *i = gp_dict_get(u->constmap, key);
        if (i) {
            gp_decref(key);
            gp_decref(v);
            return (int)gp_int_as_ssize(i);
        }
        if (gp_err_occurred()) gp_err_clear();
    }
    gp_ssize n = GP_LIST_SIZE(u->consts);
    int rc = gp_list_append(u->consts, v);
    gp_decref(v);
    if (rc < 0) { gp_xdecref(key); return -1; }
    if (key) {
        gp_obj *idx = gp_int_from_i64(n);
        if (!idx || gp_dict_set(u->constmap, key, idx) < 0) { gp_xdecref(idx); gp_decref(key); return -1; }
        gp_decref(idx);
        gp_decref(key);
    }
    return (int)n;
}

int emit_const(compiler *c, gp_obj *v) {
    int i = add_const(c, v);
    TRY(i);
    return emit(c, OP_LOAD_CONST, i);
}

static int add_name(compiler *c, const char *name) { return list_index(c->u->names, c->u->namemap, name); }

static int emit_name(compiler *c, int op, const char *name) {
    if (op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_DELETE_ATTR || op == OP_LOAD_METHOD)
        name = gp_mangle(c->arena, c->u->private, name);
    int i = add_name(c, name);
    TRY(i);
    return emit(c, op, i);
}

int emit_jump(compiler *c, int op, int label) { return emit(c, op, label); }

/* ---- assembling ------------------------------------------------------------ */

static bool op_is_terminal(int op) {
    return op == OP_JUMP || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static int block_effect(int op, int jump) {
    switch (op) {
    case OP_SETUP_FINALLY:
    case OP_SETUP_WITH: return 1;  /* the handler block replaces it on jump */
    case OP_POP_BLOCK:
    case OP_POP_EXCEPT: return -1;
    default: (void)jump; return 0;
    }
}

/* Maximum value-stack and block-stack depth over every path. */
static int compute_depths(unit *u, int *maxstack, int *maxblocks) {
    int n = u->n;
    int *depth = malloc((size_t)(n + 1) * sizeof(int) * 2);
    int *work = malloc((size_t)(n + 1) * sizeof(int));
    if (!depth || !work) { free(depth); free(work); gp_err_nomemory(); return -1; }
    int *bdepth = depth + n + 1;
    for (int i = 0; i <= n; i++) depth[i] = bdepth[i] = -1;
    int nw = 0, maxd = 0, maxb = 0;
    depth[0] = 0;
    bdepth[0] = 0;
    work[nw++] = 0;
    while (nw > 0) {
        int i = work[--nw];
        int d = depth[i], b = bdepth[i];
        for (;;) {
            if (i >= n) break;
            uint32_t w = u->code[i];
            int op = (int)GP_OPC(w);
            uint32_t arg = GP_OPARG(w);
            if (gp_opcode_flags[op] & OPF_JUMP) {
                int t = (int)arg;
                int td = d + gp_opcode_stack_effect(op, arg, 1);
                int tb = b + block_effect(op, 1);
                if (td > maxd) maxd = td;
                if (tb > maxb) maxb = tb;
                if (t >= 0 && t <= n && depth[t] < 0) {
                    depth[t] = td;
                    bdepth[t] = tb;
                    work[nw++] = t;
                }
            }
            if (op_is_terminal(op)) break;
            d += gp_opcode_stack_effect(op, arg, 0);
            b += block_effect(op, 0);
            if (d > maxd) maxd = d;
            if (b > maxb) maxb = b;
            i++;
            if (i < n && depth[i] >= 0) break;
            if (i < n) { depth[i] = d; bdepth[i] = b; }
        }
    }
    free(depth);
    free(work);
    *maxstack = maxd + 1;
    *maxblocks = maxb;
    return 0;
}

static gp_obj *list_to_tuple(gp_obj *l) { return gp_list_as_tuple(l); }

static gp_code *assemble(compiler *c, int argcount, int posonly, int kwonly, int flags) {
    unit *u = c->u;
    /* every unit ends with `return None`, also the target of jumps to its end */
    if (emit_const(c, GP_NONE_NEW()) < 0 || emit0(c, OP_RETURN_VALUE) < 0) return NULL;
    for (int i = 0; i < u->n; i++) {
        int op = (int)GP_OPC(u->code[i]);
        if (gp_opcode_flags[op] & OPF_JUMP) {
            int label = (int)GP_OPARG(u->code[i]);
            int target = u->labels[label];
            if (target < 0) {
                gp_err_set_str(gp_exc_SystemError, "unbound label in compiler");
                return NULL;
            }
            u->code[i] = GP_INSTR(op, target);
        }
    }
    int maxstack, maxblocks;
    if (compute_depths(u, &maxstack, &maxblocks) < 0) return NULL;
    gp_code *co = gp_code_new();
    if (!co) return NULL;
    co->code = u->code;
    co->lines = u->lines;
    co->ncode = u->n;
    u->code = NULL;
    u->lines = NULL;
    u->n = u->cap = 0;
    co->consts = list_to_tuple(u->consts);
    co->names = list_to_tuple(u->names);
    co->varnames = list_to_tuple(u->varnames);
    co->cellvars = list_to_tuple(u->cellvars);
    co->freevars = list_to_tuple(u->freevars);
    co->name = gp_str_from_cstr(u->name);
    co->qualname = gp_str_from_cstr(u->qualname);
    co->filename = gp_incref(c->filename_obj);
    if (!co->consts || !co->names || !co->varnames || !co->cellvars || !co->freevars ||
        !co->name || !co->qualname) {
        gp_decref((gp_obj *)co);
        return NULL;
    }
    co->argcount = argcount;
    co->posonlyargcount = posonly;
    co->kwonlyargcount = kwonly;
    co->flags = flags;
    co->nlocals = (int)GP_TUPLE_SIZE(co->varnames);
    co->ncells = (int)GP_TUPLE_SIZE(co->cellvars);
    co->nfrees = (int)GP_TUPLE_SIZE(co->freevars);
    co->nlocalsplus = co->nlocals + co->ncells + co->nfrees;
    co->stacksize = maxstack;
    co->nblocks = maxblocks;
    co->firstlineno = u->firstlineno;
    gp_ssize nn = GP_TUPLE_SIZE(co->names);
    co->gcache = gp_mem_calloc(nn ? (size_t)nn : 1, sizeof(gp_gcache));
    co->acache = gp_mem_calloc(nn ? (size_t)nn : 1, sizeof(gp_acache));
    if (!co->gcache || !co->acache) { gp_decref((gp_obj *)co); return NULL; }
    if (co->ncells) {
        bool any = false;
        co->cell2arg = gp_mem_alloc((size_t)co->ncells * sizeof(int));
        if (!co->cell2arg) { gp_decref((gp_obj *)co); return NULL; }
        int nargs = argcount + kwonly + ((flags & GP_CO_VARARGS) ? 1 : 0) + ((flags & GP_CO_VARKEYWORDS) ? 1 : 0);
        for (int i = 0; i < co->ncells; i++) {
            co->cell2arg[i] = -1;
            for (int a = 0; a < nargs; a++) {
                if (gp_str_eq(GP_TUPLE_GET(co->cellvars, i), GP_TUPLE_GET(co->varnames, a))) {
                    co->cell2arg[i] = a;
                    any = true;
                    break;
                }
            }
        }
        if (!any) { gp_mem_free(co->cell2arg); co->cell2arg = NULL; }
    }
    return co;
}

/* ---- names ------------------------------------------------------------------ */

enum { NK_FAST, NK_DEREF, NK_GLOBAL, NK_NAME };

static int deref_index(unit *u, const char *name) {
    int i = lookup_index(u->cellmap, name);
    if (i >= 0) return i;
    i = lookup_index(u->freemap, name);
    if (i >= 0) return (int)GP_LIST_SIZE(u->cellvars) + i;
    return -1;
}

int compile_nameop(compiler *c, const char *name, gp_expr_ctx ctx) {
    unit *u = c->u;
    name = gp_mangle(c->arena, u->private, name);
    int sc = gp_scope_of(u->scope, name);
    int kind;
    switch (sc) {
    case GP_SC_FREE:
    case GP_SC_CELL: kind = NK_DEREF; break;
    case GP_SC_LOCAL: kind = u->is_function ? NK_FAST : NK_NAME; break;
    case GP_SC_GLOBAL_IMPLICIT: kind = u->is_function ? NK_GLOBAL : NK_NAME; break;
    case GP_SC_GLOBAL_EXPLICIT: kind = NK_GLOBAL; break;
    default: kind = u->is_function ? NK_FAST : NK_NAME; break;
    }
    if (kind == NK_FAST && lookup_index(u->varmap, name) < 0) kind = u->is_function ? NK_GLOBAL : NK_NAME;
    switch (kind) {
    case NK_FAST: {
        int i = lookup_index(u->varmap, name);
        return emit(c, ctx == GP_CTX_LOAD ? OP_LOAD_FAST : ctx == GP_CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, i);
    }
    case NK_DEREF: {
        int i = deref_index(u, name);
        if (i < 0) {
            gp_err_set_str(gp_exc_SystemError, "compiler: free variable not found");
            return -1;
        }
        int op = ctx == GP_CTX_LOAD ? (u->scope->kind == GP_SCOPE_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
                 : ctx == GP_CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        if (op == OP_LOAD_CLASSDEREF) {
            /* the name is looked up in the class namespace first */
            int ni = add_name(c, name);
            TRY(ni);
            return emit(c, op, i | (ni << 12));
        }
        return emit(c, op, i);
    }
    case NK_GLOBAL:
        return emit_name(c, ctx == GP_CTX_LOAD ? OP_LOAD_GLOBAL : ctx == GP_CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, name);
    default:
        return emit_name(c, ctx == GP_CTX_LOAD ? OP_LOAD_NAME : ctx == GP_CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME, name);
    }
}

/* ---- constants -------------------------------------------------------------- */

static gp_obj *const_object(const gp_const *k) {
    switch (k->kind) {
    case GP_CONST_NONE: return GP_NONE_NEW();
    case GP_CONST_TRUE: return gp_bool_new(true);
    case GP_CONST_FALSE: return gp_bool_new(false);
    case GP_CONST_ELLIPSIS: return gp_incref(gp_Ellipsis);
    case GP_CONST_INT: return gp_int_from_string(k->text, strlen(k->text), 0);
    case GP_CONST_FLOAT: return gp_float_new(k->f);
    case GP_CONST_IMAG: {
        gp_obj *re = gp_float_new(0.0), *im = gp_float_new(k->f);
        gp_obj *res = NULL;
        if (re && im) {
            gp_obj *args[2] = {re, im};
            res = gp_call((gp_obj *)&gp_complex_type, args, 2, NULL);
        }
        gp_xdecref(re);
        gp_xdecref(im);
        return res;
    }
    case GP_CONST_STR: {
        gp_obj *s = gp_str_new(k->text, k->len);
        if (!s) return NULL;
        /* identifiers are interned, as CPython does for name-like constants */
        bool ident = k->len < 40;
        for (size_t i = 0; i < k->len && ident; i++) {
            char ch = k->text[i];
            ident = (ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'));
        }
        return ident ? gp_str_intern(s) : s;
    }
    case GP_CONST_BYTES: return gp_bytes_new(k->text, k->len);
    }
    return NULL;
}

static bool is_const(gp_expr *e) { return e && e->kind == GP_EXPR_CONSTANT; }

/* Folds a constant expression into an object, or returns NULL (no error)
 * when it is not a simple constant. */
gp_obj *fold(gp_expr *e) {
    switch (e->kind) {
    case GP_EXPR_CONSTANT: return const_object(&e->v.constant);
    case GP_EXPR_UNARYOP: {
        if (e->v.unaryop.op == GP_UNARY_NOT) return NULL;
        gp_expr *o = e->v.unaryop.operand;
        if (!is_const(o) || (o->v.constant.kind != GP_CONST_INT && o->v.constant.kind != GP_CONST_FLOAT &&
                             o->v.constant.kind != GP_CONST_IMAG))
            return NULL;
        gp_obj *v = const_object(&o->v.constant);
        if (!v) { gp_err_clear(); return NULL; }
        gp_obj *r = gp_unary(v, e->v.unaryop.op == GP_UNARY_USUB ? GP_UOP_NEG
                                : e->v.unaryop.op == GP_UNARY_UADD ? GP_UOP_POS : GP_UOP_INVERT);
        gp_decref(v);
        if (!r) gp_err_clear();
        return r;
    }
    case GP_EXPR_TUPLE: {
        if (e->v.list.ctx != GP_CTX_LOAD) return NULL;
        for (size_t i = 0; i < e->v.list.elts.n; i++) {
            gp_expr *x = e->v.list.elts.items[i];
            if (x->kind != GP_EXPR_CONSTANT && !(x->kind == GP_EXPR_UNARYOP && x->v.unaryop.op == GP_UNARY_USUB &&
                                                 is_const(x->v.unaryop.operand)))
                return NULL;
        }
        gp_obj *t = gp_tuple_new((gp_ssize)e->v.list.elts.n);
        if (!t) { gp_err_clear(); return NULL; }
        for (size_t i = 0; i < e->v.list.elts.n; i++) {
            gp_obj *x = fold(e->v.list.elts.items[i]);
            if (!x) {
                for (size_t j = i; j < e->v.list.elts.n; j++) GP_TUPLE_ITEMS(t)[j] = GP_NONE_NEW();
                gp_decref(t);
                return NULL;
            }
            GP_TUPLE_ITEMS(t)[i] = x;
        }
        return t;
    }
    case GP_EXPR_BINOP: {
        gp_expr *l = e->v.binop.left, *r = e->v.binop.right;
        int op = e->v.binop.op;
        if (op != GP_OP_ADD && op != GP_OP_SUB && op != GP_OP_MUL && op != GP_OP_TRUEDIV) return NULL;
        gp_obj *a = fold(l);
        if (!a) return NULL;
        gp_obj *b = fold(r);
        if (!b) { gp_decref(a); return NULL; }
        gp_obj *res = NULL;
        bool numa = GP_TYPE(a) == &gp_int_type || GP_TYPE(a) == &gp_float_type;
        bool numb = GP_TYPE(b) == &gp_int_type || GP_TYPE(b) == &gp_float_type;
        if (numa && numb) {
            res = gp_binop(a, b, op);
            if (!res) gp_err_clear();
        }
        gp_decref(a);
        gp_decref(b);
        return res;
    }
    default: return NULL;
    }
}

/* ---- fblocks ------------------------------------------------------------------ */

int push_fblock(compiler *c, gp_loc loc, int kind, int start, int exit) {
    unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) return error_at(c, loc, "too many statically nested blocks");
    fblock *f = &u->fb[u->nfb++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->start = start;
    f->exit = exit;
    return 0;
}

void pop_fblock(compiler *c) { c->u->nfb--; }

static int emit_exit_call(compiler *c) {
    /* exit on TOS: exit(None, None, None) */
    TRY(emit_const(c, GP_NONE_NEW()));
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit(c, OP_CALL_FUNCTION, 3));
    return emit0(c, OP_POP_TOP);
}

/* await TOS: x itself if a coroutine, else x.__await__(); yield from it */
static int emit_await(compiler *c) {
    TRY(emit(c, OP_GET_YIELD_FROM_ITER, 1));
    TRY(emit_const(c, GP_NONE_NEW()));
    return emit0(c, OP_YIELD_FROM);
}

/* __aexit__ on TOS: await aexit(None, None, None) */
static int emit_async_exit_call(compiler *c) {
    TRY(emit_const(c, GP_NONE_NEW()));
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit(c, OP_CALL_FUNCTION, 3));
    TRY(emit_await(c));
    return emit0(c, OP_POP_TOP);
}

static int unwind_fblock(compiler *c, fblock *f, bool preserve_tos) {
    switch (f->kind) {
    case FB_WHILE: return 0;
    case FB_FOR:
        if (preserve_tos) TRY(emit0(c, OP_ROT_TWO));
        return emit0(c, OP_POP_TOP);
    case FB_TRY_EXCEPT: return emit0(c, OP_POP_BLOCK);
    case FB_FINALLY_TRY: {
        TRY(emit0(c, OP_POP_BLOCK));
        if (preserve_tos) {
            gp_loc loc = {c->u->lineno, 0, c->u->lineno, 0};
            TRY(push_fblock(c, loc, FB_POP_VALUE, -1, -1));
        }
        int rc = compile_stmts(c, f->fin);
        if (preserve_tos) pop_fblock(c);
        return rc;
    }
    case FB_FINALLY_END:
        if (preserve_tos) TRY(emit0(c, OP_ROT_THREE));
        TRY(emit0(c, OP_POP_TOP));
        return emit0(c, OP_POP_EXCEPT);
    case FB_HANDLER:
        if (preserve_tos) TRY(emit0(c, OP_ROT_TWO));
        return emit0(c, OP_POP_EXCEPT);
    case FB_HANDLER_CLEANUP:
        TRY(emit0(c, OP_POP_BLOCK));
        TRY(emit_const(c, GP_NONE_NEW()));
        TRY(compile_nameop(c, f->name, GP_CTX_STORE));
        return compile_nameop(c, f->name, GP_CTX_DEL);
    case FB_WITH:
        TRY(emit0(c, OP_POP_BLOCK));
        if (preserve_tos) TRY(emit0(c, OP_ROT_TWO));
        return emit_exit_call(c);
    case FB_POP_VALUE:
        if (preserve_tos) TRY(emit0(c, OP_ROT_TWO));
        return emit0(c, OP_POP_TOP);
    case FB_ASYNC_WITH:
        TRY(emit0(c, OP_POP_BLOCK));
        if (preserve_tos) TRY(emit0(c, OP_ROT_TWO));
        return emit_async_exit_call(c);
    case FB_STAR_HANDLER: return 0; /* refused before unwinding (star_handler_exit) */
    }
    return 0;
}

/* break/continue/return may not leave an except* block (CPython 3.11):
 * the loop a break leaves, if it is inside the block, is fine. */
static int star_handler_exit(compiler *c, gp_stmt *s, bool to_loop) {
    for (int i = c->u->nfb - 1; i >= 0; i--) {
        int k = c->u->fb[i].kind;
        if (to_loop && (k == FB_WHILE || k == FB_FOR)) return 0;
        if (k == FB_STAR_HANDLER)
            return error_at(c, s->loc, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    return 0;
}

/* Unwinds every fblock down to (not including) a loop when stop_at_loop;
 * *loop receives that loop (a copy), if any. */
static int unwind_fblock_stack(compiler *c, bool preserve_tos, bool stop_at_loop, fblock *loop, bool *found) {
    unit *u = c->u;
    if (u->nfb == 0) return 0;
    fblock top = u->fb[u->nfb - 1];
    if (stop_at_loop && (top.kind == FB_WHILE || top.kind == FB_FOR)) {
        *loop = top;
        *found = true;
        return 0;
    }
    u->nfb--;
    int rc = unwind_fblock(c, &top, preserve_tos);
    if (rc == 0) rc = unwind_fblock_stack(c, preserve_tos, stop_at_loop, loop, found);
    u->fb[u->nfb++] = top;
    return rc;
}

/* ---- expressions --------------------------------------------------------------- */

static int compile_exprs(compiler *c, gp_expr_seq *seq) {
    for (size_t i = 0; i < seq->n; i++) TRY(compile_expr(c, seq->items[i]));
    return 0;
}

static bool has_starred(gp_expr_seq *seq) {
    for (size_t i = 0; i < seq->n; i++)
        if (seq->items[i]->kind == GP_EXPR_STARRED) return true;
    return false;
}

/* Builds a list/tuple/set display (with *unpacking). */
static int compile_sequence_build(compiler *c, gp_expr_seq *elts, int kind) {
    if (!has_starred(elts)) {
        TRY(compile_exprs(c, elts));
        int op = kind == GP_EXPR_LIST ? OP_BUILD_LIST : kind == GP_EXPR_SET ? OP_BUILD_SET : OP_BUILD_TUPLE;
        return emit(c, op, (int)elts->n);
    }
    bool set = kind == GP_EXPR_SET;
    TRY(emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0));
    for (size_t i = 0; i < elts->n; i++) {
        gp_expr *x = elts->items[i];
        if (x->kind == GP_EXPR_STARRED) {
            TRY(compile_expr(c, x->v.starred.value));
            TRY(emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1));
        } else {
            TRY(compile_expr(c, x));
            TRY(emit(c, set ? OP_SET_ADD : OP_LIST_APPEND, 1));
        }
    }
    if (kind == GP_EXPR_TUPLE) TRY(emit0(c, OP_LIST_TO_TUPLE));
    return 0;
}

static int compile_dict(compiler *c, gp_expr *e) {
    size_t n = e->v.dict.keys.n;
    bool dstar = false, allconst = n > 0;
    for (size_t i = 0; i < n; i++) {
        gp_expr *k = e->v.dict.keys.items[i];
        if (!k) dstar = true;
        else if (!(k->kind == GP_EXPR_CONSTANT && k->v.constant.kind == GP_CONST_STR)) allconst = false;
    }
    if (!dstar && allconst && n > 1 && n < 256) {
        gp_obj *keys = gp_tuple_new((gp_ssize)n);
        if (!keys) return -1;
        for (size_t i = 0; i < n; i++) {
            gp_obj *k = const_object(&e->v.dict.keys.items[i]->v.constant);
            if (!k) {
                for (size_t j = i; j < n; j++) GP_TUPLE_ITEMS(keys)[j] = GP_NONE_NEW();
                gp_decref(keys);
                return -1;
            }
            GP_TUPLE_ITEMS(keys)[i] = k;
        }
        /* duplicate keys: the last value wins — use the general path */
        bool dup = false;
        for (size_t i = 0; i < n && !dup; i++)
            for (size_t j = i + 1; j < n; j++)
                if (gp_str_eq(GP_TUPLE_GET(keys, i), GP_TUPLE_GET(keys, j))) { dup = true; break; }
        if (!dup) {
            for (size_t i = 0; i < n; i++) {
                if (compile_expr(c, e->v.dict.values.items[i]) < 0) { gp_decref(keys); return -1; }
            }
            TRY(emit_const(c, keys));
            return emit(c, OP_BUILD_CONST_KEY_MAP, (int)n);
        }
        gp_decref(keys);
    }
    if (!dstar && n < 256) {
        for (size_t i = 0; i < n; i++) {
            TRY(compile_expr(c, e->v.dict.keys.items[i]));
            TRY(compile_expr(c, e->v.dict.values.items[i]));
        }
        return emit(c, OP_BUILD_MAP, (int)n);
    }
    TRY(emit(c, OP_BUILD_MAP, 0));
    for (size_t i = 0; i < n; i++) {
        gp_expr *k = e->v.dict.keys.items[i];
        if (!k) {
            TRY(compile_expr(c, e->v.dict.values.items[i]));
            TRY(emit(c, OP_DICT_UPDATE, 1));
        } else {
            TRY(compile_expr(c, k));
            TRY(compile_expr(c, e->v.dict.values.items[i]));
            TRY(emit(c, OP_MAP_ADD, 1));
        }
    }
    return 0;
}

static int cmp_arg(gp_cmpop op, int *opcode) {
    switch (op) {
    case GP_CMP_EQ: *opcode = OP_COMPARE_OP; return GP_EQ;
    case GP_CMP_NOTEQ: *opcode = OP_COMPARE_OP; return GP_NE;
    case GP_CMP_LT: *opcode = OP_COMPARE_OP; return GP_LT;
    case GP_CMP_LTE: *opcode = OP_COMPARE_OP; return GP_LE;
    case GP_CMP_GT: *opcode = OP_COMPARE_OP; return GP_GT;
    case GP_CMP_GTE: *opcode = OP_COMPARE_OP; return GP_GE;
    case GP_CMP_IS: *opcode = OP_IS_OP; return 0;
    case GP_CMP_ISNOT: *opcode = OP_IS_OP; return 1;
    case GP_CMP_IN: *opcode = OP_CONTAINS_OP; return 0;
    case GP_CMP_NOTIN: *opcode = OP_CONTAINS_OP; return 1;
    }
    *opcode = OP_COMPARE_OP;
    return GP_EQ;
}

static int emit_cmp(compiler *c, gp_cmpop op) {
    int opcode;
    int arg = cmp_arg(op, &opcode);
    return emit(c, opcode, arg);
}

static int compile_compare(compiler *c, gp_expr *e) {
    size_t n = e->v.compare.n;
    TRY(compile_expr(c, e->v.compare.left));
    if (n == 1) {
        TRY(compile_expr(c, e->v.compare.comparators[0]));
        return emit_cmp(c, e->v.compare.ops[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    TRY(cleanup); TRY(end);
    for (size_t i = 0; i < n - 1; i++) {
        TRY(compile_expr(c, e->v.compare.comparators[i]));
        TRY(emit0(c, OP_DUP_TOP));
        TRY(emit0(c, OP_ROT_THREE));
        TRY(emit_cmp(c, e->v.compare.ops[i]));
        TRY(emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(compile_expr(c, e->v.compare.comparators[n - 1]));
    TRY(emit_cmp(c, e->v.compare.ops[n - 1]));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, cleanup);
    TRY(emit0(c, OP_ROT_TWO));
    TRY(emit0(c, OP_POP_TOP));
    bind_label(c, end);
    return 0;
}

/* Jumps to label when bool(e) == cond; consumes e. */
int compile_jump_if(compiler *c, gp_expr *e, int label, bool cond) {
    if (e->kind == GP_EXPR_UNARYOP && e->v.unaryop.op == GP_UNARY_NOT)
        return compile_jump_if(c, e->v.unaryop.operand, label, !cond);
    if (e->kind == GP_EXPR_BOOLOP) {
        bool is_or = e->v.boolop.op == GP_BOOL_OR;
        size_t n = e->v.boolop.values.n;
        int next = label;
        if (cond != is_or) { next = new_label(c); TRY(next); }
        for (size_t i = 0; i < n - 1; i++)
            TRY(compile_jump_if(c, e->v.boolop.values.items[i], next, is_or));
        TRY(compile_jump_if(c, e->v.boolop.values.items[n - 1], label, cond));
        if (next != label) bind_label(c, next);
        return 0;
    }
    if (e->kind == GP_EXPR_CONSTANT) {
        int t = -1;
        switch (e->v.constant.kind) {
        case GP_CONST_TRUE: t = 1; break;
        case GP_CONST_FALSE: case GP_CONST_NONE: t = 0; break;
        case GP_CONST_INT: t = strcmp(e->v.constant.text, "0") != 0; break;
        default: break;
        }
        if (t >= 0) return (t == (int)cond) ? emit_jump(c, OP_JUMP, label) : 0;
    }
    TRY(compile_expr(c, e));
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static int compile_keywords_names(compiler *c, gp_keyword_seq *kws) {
    gp_obj *names = gp_tuple_new((gp_ssize)kws->n);
    if (!names) return -1;
    for (size_t i = 0; i < kws->n; i++) {
        gp_obj *s = gp_str_intern_cstr(kws->items[i]->arg);
        if (!s) {
            for (size_t j = i; j < kws->n; j++) GP_TUPLE_ITEMS(names)[j] = GP_NONE_NEW();
            gp_decref(names);
            return -1;
        }
        GP_TUPLE_ITEMS(names)[i] = gp_incref(s);
    }
    return emit_const(c, names);
}

static int check_keywords(compiler *c, gp_keyword_seq *kws) {
    for (size_t i = 0; i < kws->n; i++) {
        if (!kws->items[i]->arg) continue;
        for (size_t j = i + 1; j < kws->n; j++) {
            if (kws->items[j]->arg && strcmp(kws->items[i]->arg, kws->items[j]->arg) == 0) {
                char msg[300];
                snprintf(msg, sizeof msg, "keyword argument repeated: %s", kws->items[i]->arg);
                return error_at(c, kws->items[j]->loc, msg);
            }
        }
    }
    return 0;
}

/* The keyword dict of a call with **: runs of named keywords become maps
 * merged in order, so duplicates across them are reported. */
static int compile_kwargs_dict(compiler *c, gp_keyword_seq *kws) {
    TRY(emit(c, OP_BUILD_MAP, 0));
    size_t i = 0;
    while (i < kws->n) {
        gp_keyword *k = kws->items[i];
        if (!k->arg) {
            TRY(compile_expr(c, k->value));
            TRY(emit(c, OP_DICT_MERGE, 1));
            i++;
            continue;
        }
        size_t n = 0;
        while (i < kws->n && kws->items[i]->arg) {
            TRY(emit_const(c, gp_incref(gp_str_intern_cstr(kws->items[i]->arg))));
            TRY(compile_expr(c, kws->items[i]->value));
            n++;
            i++;
        }
        TRY(emit(c, OP_BUILD_MAP, (int)n));
        TRY(emit(c, OP_DICT_MERGE, 1));
    }
    return 0;
}

/* Compiles the arguments of a call whose callable (and, for methods, self)
 * is already on the stack. */
static int compile_call_args(compiler *c, gp_expr_seq *args, gp_keyword_seq *kws, bool method, size_t extra) {
    TRY(check_keywords(c, kws));
    bool dstar = false;
    for (size_t i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg) dstar = true;
    if (!has_starred(args) && !dstar && args->n + kws->n + extra < 250) {
        TRY(compile_exprs(c, args));
        int n = (int)(args->n + kws->n + extra);
        if (kws->n == 0) return emit(c, method ? OP_CALL_METHOD : OP_CALL_FUNCTION, n);
        for (size_t i = 0; i < kws->n; i++) TRY(compile_expr(c, kws->items[i]->value));
        TRY(compile_keywords_names(c, kws));
        return emit(c, method ? OP_CALL_METHOD_KW : OP_CALL_FUNCTION_KW, n);
    }
    /* general form: CALL_FUNCTION_EX over a tuple and a dict */
    if (extra) return -1; /* callers never pass extras here */
    if (args->n == 1 && args->items[0]->kind == GP_EXPR_STARRED) {
        TRY(compile_expr(c, args->items[0]->v.starred.value));
        TRY(emit(c, OP_BUILD_LIST, 0));
        TRY(emit0(c, OP_ROT_TWO));
        TRY(emit(c, OP_LIST_EXTEND, 1));
        TRY(emit0(c, OP_LIST_TO_TUPLE));
    } else {
        TRY(compile_sequence_build(c, args, GP_EXPR_TUPLE));
    }
    if (kws->n) {
        TRY(compile_kwargs_dict(c, kws));
        return emit(c, OP_CALL_FUNCTION_EX, 1);
    }
    return emit(c, OP_CALL_FUNCTION_EX, 0);
}

static int compile_call(compiler *c, gp_expr *e) {
    gp_expr *f = e->v.call.func;
    bool dstar = false;
    for (size_t i = 0; i < e->v.call.keywords.n; i++)
        if (!e->v.call.keywords.items[i]->arg) dstar = true;
    if (f->kind == GP_EXPR_ATTRIBUTE && f->v.attribute.ctx == GP_CTX_LOAD && !has_starred(&e->v.call.args) &&
        !dstar && e->v.call.args.n + e->v.call.keywords.n < 250) {
        TRY(compile_expr(c, f->v.attribute.value));
        int save = c->u->lineno;
        c->u->lineno = f->loc.end_lineno > 0 ? f->loc.end_lineno : f->loc.lineno;
        TRY(emit_name(c, OP_LOAD_METHOD, f->v.attribute.attr));
        c->u->lineno = save;
        TRY(compile_call_args(c, &e->v.call.args, &e->v.call.keywords, true, 0));
        return 0;
    }
    TRY(compile_expr(c, f));
    return compile_call_args(c, &e->v.call.args, &e->v.call.keywords, false, 0);
}

static int compile_slice_or_expr(compiler *c, gp_expr *s) {
    if (s->kind != GP_EXPR_SLICE) return compile_expr(c, s);
    int n = 2;
    if (s->v.slice.lower) TRY(compile_expr(c, s->v.slice.lower)); else TRY(emit_const(c, GP_NONE_NEW()));
    if (s->v.slice.upper) TRY(compile_expr(c, s->v.slice.upper)); else TRY(emit_const(c, GP_NONE_NEW()));
    if (s->v.slice.step) { TRY(compile_expr(c, s->v.slice.step)); n = 3; }
    return emit(c, OP_BUILD_SLICE, n);
}

static int compile_fstring_part(compiler *c, gp_expr *e);

static int compile_formatted(compiler *c, gp_expr *e) {
    TRY(compile_expr(c, e->v.formattedvalue.value));
    int conv = e->v.formattedvalue.conversion;
    int arg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.formattedvalue.format_spec) {
        TRY(compile_fstring_part(c, e->v.formattedvalue.format_spec));
        arg |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, arg);
}

static int compile_fstring_part(compiler *c, gp_expr *e) {
    if (e->kind == GP_EXPR_JOINEDSTR) {
        size_t n = e->v.joinedstr.values.n;
        if (n == 0) return emit_const(c, gp_str_from_cstr(""));
        for (size_t i = 0; i < n; i++) {
            gp_expr *p = e->v.joinedstr.values.items[i];
            if (p->kind == GP_EXPR_FORMATTEDVALUE) TRY(compile_formatted(c, p));
            else TRY(compile_expr(c, p));
        }
        if (n == 1 && e->v.joinedstr.values.items[0]->kind == GP_EXPR_CONSTANT) return 0;
        return n == 1 ? 0 : emit(c, OP_BUILD_STRING, (int)n);
    }
    if (e->kind == GP_EXPR_FORMATTEDVALUE) return compile_formatted(c, e);
    return compile_expr(c, e);
}

static int compile_function_body_unit(compiler *c, gp_scope *scope, const char *name, gp_loc loc,
                                      gp_arguments *args, gp_stmt_seq *body, gp_expr *lambda_body,
                                      gp_code **out);
static int compile_make_closure(compiler *c, gp_code *co, int flags);

static int compile_defaults(compiler *c, gp_arguments *a, int *flags) {
    if (a->defaults.n) {
        TRY(compile_exprs(c, &a->defaults));
        TRY(emit(c, OP_BUILD_TUPLE, (int)a->defaults.n));
        *flags |= 1;
    }
    size_t nkw = 0;
    for (size_t i = 0; i < a->kw_defaults.n; i++)
        if (a->kw_defaults.items[i]) nkw++;
    if (nkw) {
        for (size_t i = 0; i < a->kwonlyargs.n; i++) {
            if (i < a->kw_defaults.n && a->kw_defaults.items[i]) {
                TRY(emit_const(c, gp_incref(gp_str_intern_cstr(a->kwonlyargs.items[i]->arg))));
                TRY(compile_expr(c, a->kw_defaults.items[i]));
            }
        }
        TRY(emit(c, OP_BUILD_MAP, (int)nkw));
        *flags |= 2;
    }
    return 0;
}

/* An annotation's value: the expression, or under
 * `from __future__ import annotations` its source text (PEP 563). */
static int compile_annotation(compiler *c, gp_expr *e) {
    if (!c->future_annotations) return compile_expr(c, e);
    gp_obj *text = gp_unparse_annotation(e);
    if (!text) return -1;
    return emit_const(c, text);
}

static int annotation_pair(compiler *c, gp_arg *a, int *n) {
    if (!a || !a->annotation) return 0;
    TRY(emit_const(c, gp_incref(gp_str_intern_cstr(gp_mangle(c->arena, c->u->private, a->arg)))));
    TRY(compile_annotation(c, a->annotation));
    (*n)++;
    return 0;
}

/* def f(a: int) -> str: pushes {'a': int, 'return': str} (flag 4) */
static int compile_annotations(compiler *c, gp_arguments *a, gp_expr *returns, int *flags) {
    int n = 0;
    for (size_t i = 0; i < a->posonlyargs.n; i++) TRY(annotation_pair(c, a->posonlyargs.items[i], &n));
    for (size_t i = 0; i < a->args.n; i++) TRY(annotation_pair(c, a->args.items[i], &n));
    TRY(annotation_pair(c, a->vararg, &n));
    for (size_t i = 0; i < a->kwonlyargs.n; i++) TRY(annotation_pair(c, a->kwonlyargs.items[i], &n));
    TRY(annotation_pair(c, a->kwarg, &n));
    if (returns) {
        TRY(emit_const(c, gp_str_from_cstr("return")));
        TRY(compile_annotation(c, returns));
        n++;
    }
    if (n) {
        TRY(emit(c, OP_BUILD_MAP, n));
        *flags |= 4;
    }
    return 0;
}

static int compile_lambda(compiler *c, gp_expr *e) {
    int flags = 0;
    TRY(compile_defaults(c, e->v.lambda.args, &flags));
    gp_scope *s = gp_scope_child(c->u->scope, e);
    if (!s) { gp_err_set_str(gp_exc_SystemError, "compiler: lambda scope missing"); return -1; }
    gp_code *co;
    TRY(compile_function_body_unit(c, s, "<lambda>", e->loc, e->v.lambda.args, NULL, e->v.lambda.body, &co));
    return compile_make_closure(c, co, flags);
}

/* comprehension body: generators[i..] around the element */
static int compile_comprehension_gen(compiler *c, gp_comprehension_seq *gens, size_t i, int kind,
                                     gp_expr *elt, gp_expr *val, int depth) {
    gp_comprehension *g = gens->items[i];
    int start = new_label(c), anchor = new_label(c), ifcleanup = new_label(c);
    int handler = new_label(c), reraise = new_label(c);
    TRY(start); TRY(anchor); TRY(ifcleanup); TRY(handler); TRY(reraise);
    if (i == 0) {
        TRY(emit(c, OP_LOAD_FAST, 0)); /* .0 */
    } else {
        TRY(compile_expr(c, g->iter));
        if (g->is_async) {
            TRY(emit_name(c, OP_LOAD_ATTR, "__aiter__"));
            TRY(emit(c, OP_CALL_FUNCTION, 0));
        } else {
            TRY(emit0(c, OP_GET_ITER));
        }
    }
    bind_label(c, start);
    if (g->is_async) {
        /* as compile_async_for: await __anext__() until StopAsyncIteration */
        TRY(emit_jump(c, OP_SETUP_FINALLY, handler));
        TRY(emit0(c, OP_DUP_TOP));
        TRY(emit_name(c, OP_LOAD_ATTR, "__anext__"));
        TRY(emit(c, OP_CALL_FUNCTION, 0));
        TRY(emit_await(c));
        TRY(emit0(c, OP_POP_BLOCK));
    } else {
        TRY(emit_jump(c, OP_FOR_ITER, anchor));
    }
    TRY(compile_store(c, g->target));
    for (size_t k = 0; k < g->ifs.n; k++) TRY(compile_jump_if(c, g->ifs.items[k], ifcleanup, false));
    if (i + 1 < gens->n) {
        TRY(compile_comprehension_gen(c, gens, i + 1, kind, elt, val, depth + 1));
    } else {
        switch (kind) {
        case GP_EXPR_GENERATOREXP:
            TRY(compile_expr(c, elt));
            TRY(emit(c, OP_YIELD_VALUE, c->u->scope->is_coroutine ? 1 : 0));
            TRY(emit0(c, OP_POP_TOP));
            break;
        case GP_EXPR_LISTCOMP:
            TRY(compile_expr(c, elt));
            TRY(emit(c, OP_LIST_APPEND, depth + 2));
            break;
        case GP_EXPR_SETCOMP:
            TRY(compile_expr(c, elt));
            TRY(emit(c, OP_SET_ADD, depth + 2));
            break;
        default:
            TRY(compile_expr(c, elt));
            TRY(compile_expr(c, val));
            TRY(emit(c, OP_MAP_ADD, depth + 2));
            break;
        }
    }
    bind_label(c, ifcleanup);
    TRY(emit_jump(c, OP_JUMP_BACKWARD, start));
    if (g->is_async) {
        bind_label(c, handler);
        /* stack: iter prev_handled exc */
        TRY(emit0(c, OP_DUP_TOP));
        TRY(emit_const(c, gp_incref((gp_obj *)gp_exc_StopAsyncIteration)));
        TRY(emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, reraise));
        TRY(emit0(c, OP_POP_TOP));
        TRY(emit0(c, OP_POP_EXCEPT));
        TRY(emit0(c, OP_POP_TOP));
        TRY(emit_jump(c, OP_JUMP, anchor));
        bind_label(c, reraise);
        TRY(emit0(c, OP_RERAISE));
    }
    bind_label(c, anchor);
    return 0;
}

static int compile_comprehension(compiler *c, gp_expr *e) {
    gp_scope *s = gp_scope_child(c->u->scope, e);
    if (!s) { gp_err_set_str(gp_exc_SystemError, "compiler: comprehension scope missing"); return -1; }
    gp_comprehension_seq *gens = e->kind == GP_EXPR_DICTCOMP ? &e->v.dictcomp.generators : &e->v.comp.generators;
    gp_expr *elt = e->kind == GP_EXPR_DICTCOMP ? e->v.dictcomp.key : e->v.comp.elt;
    gp_expr *val = e->kind == GP_EXPR_DICTCOMP ? e->v.dictcomp.value : NULL;
    bool is_async = s->is_coroutine;
    if (is_async) {
        gp_scope *outer = s->parent;
        while (outer->is_comprehension) outer = outer->parent;
        if (!scope_is_async_def(outer) && !(e->kind == GP_EXPR_GENERATOREXP && !gens->items[0]->is_async))
            return error_at(c, e->loc, "asynchronous comprehension outside of an asynchronous function");
    }
    unit *u = unit_new(c, s, s->name, e->loc.lineno);
    if (!u) return -1;
    c->u = u;
    int rc = 0;
    if (e->kind == GP_EXPR_LISTCOMP) rc = emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == GP_EXPR_SETCOMP) rc = emit(c, OP_BUILD_SET, 0);
    else if (e->kind == GP_EXPR_DICTCOMP) rc = emit(c, OP_BUILD_MAP, 0);
    if (rc == 0) rc = compile_comprehension_gen(c, gens, 0, e->kind, elt, val, 0);
    if (rc == 0 && e->kind != GP_EXPR_GENERATOREXP) rc = emit0(c, OP_RETURN_VALUE);
    gp_code *co = NULL;
    if (rc == 0) {
        int flags = GP_CO_NEWLOCALS | (s->is_generator ? GP_CO_GENERATOR : 0);
        if (is_async)
            flags |= GP_CO_GENERATOR | (s->is_generator ? GP_CO_ASYNC_GENERATOR : GP_CO_COROUTINE);
        co = assemble(c, 1, 0, 0, flags);
    }
    c->u = u->parent;
    unit_free(u);
    if (!co) return -1;
    TRY(compile_make_closure(c, co, 0));
    TRY(compile_expr(c, gens->items[0]->iter));
    if (gens->items[0]->is_async) {
        TRY(emit_name(c, OP_LOAD_ATTR, "__aiter__"));
        TRY(emit(c, OP_CALL_FUNCTION, 0));
    } else {
        TRY(emit0(c, OP_GET_ITER));
    }
    TRY(emit(c, OP_CALL_FUNCTION, 1));
    /* an async list/set/dict comprehension is a coroutine run here */
    if (is_async && e->kind != GP_EXPR_GENERATOREXP) return emit_await(c);
    return 0;
}

static int compile_expr_inner(compiler *c, gp_expr *e) {
    switch (e->kind) {
    case GP_EXPR_BOOLOP: {
        int end = new_label(c);
        TRY(end);
        int op = e->v.boolop.op == GP_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        size_t n = e->v.boolop.values.n;
        for (size_t i = 0; i < n - 1; i++) {
            TRY(compile_expr(c, e->v.boolop.values.items[i]));
            TRY(emit_jump(c, op, end));
        }
        TRY(compile_expr(c, e->v.boolop.values.items[n - 1]));
        bind_label(c, end);
        return 0;
    }
    case GP_EXPR_NAMEDEXPR:
        TRY(compile_expr(c, e->v.namedexpr.value));
        TRY(emit0(c, OP_DUP_TOP));
        return compile_store(c, e->v.namedexpr.target);
    case GP_EXPR_BINOP: {
        gp_obj *k = fold(e);
        if (k) return emit_const(c, k);
        TRY(compile_expr(c, e->v.binop.left));
        TRY(compile_expr(c, e->v.binop.right));
        int op = e->v.binop.op;
        if (op == GP_OP_ADD) return emit0(c, OP_BINARY_ADD);
        if (op == GP_OP_SUB) return emit0(c, OP_BINARY_SUB);
        return emit(c, OP_BINARY_OP, op);
    }
    case GP_EXPR_UNARYOP: {
        gp_obj *k = fold(e);
        if (k) return emit_const(c, k);
        TRY(compile_expr(c, e->v.unaryop.operand));
        switch (e->v.unaryop.op) {
        case GP_UNARY_INVERT: return emit0(c, OP_UNARY_INVERT);
        case GP_UNARY_NOT: return emit0(c, OP_UNARY_NOT);
        case GP_UNARY_UADD: return emit0(c, OP_UNARY_POS);
        case GP_UNARY_USUB: return emit0(c, OP_UNARY_NEG);
        }
        return 0;
    }
    case GP_EXPR_LAMBDA: return compile_lambda(c, e);
    case GP_EXPR_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        TRY(orelse); TRY(end);
        TRY(compile_jump_if(c, e->v.ifexp.test, orelse, false));
        TRY(compile_expr(c, e->v.ifexp.body));
        TRY(emit_jump(c, OP_JUMP, end));
        bind_label(c, orelse);
        TRY(compile_expr(c, e->v.ifexp.orelse));
        bind_label(c, end);
        return 0;
    }
    case GP_EXPR_DICT: return compile_dict(c, e);
    case GP_EXPR_SET: return compile_sequence_build(c, &e->v.set.elts, GP_EXPR_SET);
    case GP_EXPR_LISTCOMP:
    case GP_EXPR_SETCOMP:
    case GP_EXPR_DICTCOMP:
    case GP_EXPR_GENERATOREXP: return compile_comprehension(c, e);
    case GP_EXPR_AWAIT:
        if (!in_coroutine(c)) return error_at(c, e->loc, "'await' outside async function");
        /* await x: x itself if a coroutine, else x.__await__(); then yield from it */
        TRY(compile_expr(c, e->v.await_.value));
        return emit_await(c);
    case GP_EXPR_YIELD:
        if (c->u->scope->kind != GP_SCOPE_FUNCTION) return error_at(c, e->loc, "'yield' outside function");
        if (e->v.yield.value) TRY(compile_expr(c, e->v.yield.value));
        else TRY(emit_const(c, GP_NONE_NEW()));
        /* arg 1: a value of an async generator, told apart from awaits */
        return emit(c, OP_YIELD_VALUE, in_coroutine(c) ? 1 : 0);
    case GP_EXPR_YIELDFROM:
        if (c->u->scope->kind != GP_SCOPE_FUNCTION) return error_at(c, e->loc, "'yield' outside function");
        if (in_coroutine(c)) return error_at(c, e->loc, "'yield from' inside async function");
        TRY(compile_expr(c, e->v.yieldfrom.value));
        TRY(emit0(c, OP_GET_YIELD_FROM_ITER));
        TRY(emit_const(c, GP_NONE_NEW()));
        return emit0(c, OP_YIELD_FROM);
    case GP_EXPR_COMPARE: return compile_compare(c, e);
    case GP_EXPR_CALL: return compile_call(c, e);
    case GP_EXPR_FORMATTEDVALUE: return compile_formatted(c, e);
    case GP_EXPR_JOINEDSTR: return compile_fstring_part(c, e);
    case GP_EXPR_CONSTANT: return emit_const(c, const_object(&e->v.constant));
    case GP_EXPR_ATTRIBUTE:
        TRY(compile_expr(c, e->v.attribute.value));
        switch (e->v.attribute.ctx) {
        case GP_CTX_LOAD: return emit_name(c, OP_LOAD_ATTR, e->v.attribute.attr);
        case GP_CTX_STORE: return emit_name(c, OP_STORE_ATTR, e->v.attribute.attr);
        default: return emit_name(c, OP_DELETE_ATTR, e->v.attribute.attr);
        }
    case GP_EXPR_SUBSCRIPT:
        TRY(compile_expr(c, e->v.subscript.value));
        TRY(compile_slice_or_expr(c, e->v.subscript.slice));
        switch (e->v.subscript.ctx) {
        case GP_CTX_LOAD: return emit0(c, OP_BINARY_SUBSCR);
        case GP_CTX_STORE: return emit0(c, OP_STORE_SUBSCR);
        default: return emit0(c, OP_DELETE_SUBSCR);
        }
    case GP_EXPR_STARRED:
        if (e->v.starred.ctx == GP_CTX_STORE)
            return error_at(c, e->loc, "starred assignment target must be in a list or tuple");
        return error_at(c, e->loc, "can't use starred expression here");
    case GP_EXPR_NAME: return compile_nameop(c, e->v.name.id, e->v.name.ctx);
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE:
        if (e->v.list.ctx == GP_CTX_STORE) return compile_store(c, e);
        if (e->v.list.ctx == GP_CTX_DEL) {
            for (size_t i = 0; i < e->v.list.elts.n; i++) TRY(compile_expr(c, e->v.list.elts.items[i]));
            return 0;
        }
        if (e->kind == GP_EXPR_TUPLE) {
            gp_obj *k = fold(e);
            if (k) return emit_const(c, k);
        }
        return compile_sequence_build(c, &e->v.list.elts, e->kind);
    case GP_EXPR_SLICE: return compile_slice_or_expr(c, e);
    }
    return 0;
}

int compile_expr(compiler *c, gp_expr *e) {
    int save = c->u->lineno;
    c->u->lineno = e->loc.lineno;
    int rc = compile_expr_inner(c, e);
    c->u->lineno = save;
    return rc;
}

/* ---- assignment targets ----------------------------------------------------------- */

static int compile_unpack_target(compiler *c, gp_expr *e) {
    gp_expr_seq *elts = &e->v.list.elts;
    size_t n = elts->n;
    int star = -1;
    for (size_t i = 0; i < n; i++) {
        if (elts->items[i]->kind == GP_EXPR_STARRED) {
            if (star >= 0) return error_at(c, elts->items[i]->loc, "multiple starred expressions in assignment");
            star = (int)i;
        }
    }
    if (star < 0) {
        TRY(emit(c, OP_UNPACK_SEQUENCE, (int)n));
    } else {
        size_t after = n - (size_t)star - 1;
        if (star > 255 || after > 65535)
            return error_at(c, e->loc, "too many expressions in star-unpacking assignment");
        TRY(emit(c, OP_UNPACK_EX, star | (int)(after << 8)));
    }
    for (size_t i = 0; i < n; i++) {
        gp_expr *x = elts->items[i];
        TRY(compile_store(c, x->kind == GP_EXPR_STARRED ? x->v.starred.value : x));
    }
    return 0;
}

/* Stores TOS into the target. */
static int compile_store(compiler *c, gp_expr *e) {
    int save = c->u->lineno;
    c->u->lineno = e->loc.lineno;
    int rc;
    switch (e->kind) {
    case GP_EXPR_NAME: rc = compile_nameop(c, e->v.name.id, GP_CTX_STORE); break;
    case GP_EXPR_ATTRIBUTE:
        rc = compile_expr(c, e->v.attribute.value);
        if (rc == 0) rc = emit_name(c, OP_STORE_ATTR, e->v.attribute.attr);
        break;
    case GP_EXPR_SUBSCRIPT:
        rc = compile_expr(c, e->v.subscript.value);
        if (rc == 0) rc = compile_slice_or_expr(c, e->v.subscript.slice);
        if (rc == 0) rc = emit0(c, OP_STORE_SUBSCR);
        break;
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE: rc = compile_unpack_target(c, e); break;
    case GP_EXPR_STARRED: rc = error_at(c, e->loc, "starred assignment target must be in a list or tuple"); break;
    default: rc = error_at(c, e->loc, "cannot assign to expression"); break;
    }
    c->u->lineno = save;
    return rc;
}

static int compile_delete(compiler *c, gp_expr *e) {
    switch (e->kind) {
    case GP_EXPR_NAME: return compile_nameop(c, e->v.name.id, GP_CTX_DEL);
    case GP_EXPR_ATTRIBUTE:
        TRY(compile_expr(c, e->v.attribute.value));
        return emit_name(c, OP_DELETE_ATTR, e->v.attribute.attr);
    case GP_EXPR_SUBSCRIPT:
        TRY(compile_expr(c, e->v.subscript.value));
        TRY(compile_slice_or_expr(c, e->v.subscript.slice));
        return emit0(c, OP_DELETE_SUBSCR);
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE:
        for (size_t i = 0; i < e->v.list.elts.n; i++) TRY(compile_delete(c, e->v.list.elts.items[i]));
        return 0;
    default: return error_at(c, e->loc, "cannot delete expression");
    }
}

/* ---- functions and classes --------------------------------------------------------- */

static bool is_docstring(gp_stmt_seq *body) {
    if (body->n == 0) return false;
    gp_stmt *s = body->items[0];
    return s->kind == GP_STMT_EXPR && s->v.expr.value->kind == GP_EXPR_CONSTANT &&
           s->v.expr.value->v.constant.kind == GP_CONST_STR;
}

static int compile_function_body_unit(compiler *c, gp_scope *scope, const char *name, gp_loc loc,
                                      gp_arguments *args, gp_stmt_seq *body, gp_expr *lambda_body,
                                      gp_code **out) {
    unit *u = unit_new(c, scope, name, loc.lineno);
    if (!u) return -1;
    c->u = u;
    int rc = 0;
    int flags = GP_CO_NEWLOCALS;
    if (args->vararg) flags |= GP_CO_VARARGS;
    if (args->kwarg) flags |= GP_CO_VARKEYWORDS;
    if (scope->is_generator) flags |= GP_CO_GENERATOR;
    if (scope->node && !scope->is_lambda && !scope->is_comprehension &&
        ((const gp_stmt *)scope->node)->kind == GP_STMT_ASYNCFUNCTIONDEF) {
        /* a coroutine is a generator whose frame suspends only in await;
         * an async generator also yields values (wrapped, asyncgen.c) */
        flags |= GP_CO_GENERATOR | (scope->is_generator ? GP_CO_ASYNC_GENERATOR : GP_CO_COROUTINE);
    }
    /* consts[0] is the docstring (or None), as in CPython */
    if (body && is_docstring(body)) {
        rc = add_const(c, const_object(&body->items[0]->v.expr.value->v.constant));
        flags |= 64;
    } else {
        rc = add_const(c, GP_NONE_NEW());
    }
    if (rc >= 0) {
        rc = 0;
        if (lambda_body) {
            rc = compile_expr(c, lambda_body);
            if (rc == 0 && !scope->is_generator) rc = emit0(c, OP_RETURN_VALUE);
            else if (rc == 0) rc = emit0(c, OP_POP_TOP);
        } else {
            rc = compile_stmts(c, body);
        }
    }
    gp_code *co = NULL;
    if (rc == 0) {
        int argcount = (int)(args->posonlyargs.n + args->args.n);
        co = assemble(c, argcount, (int)args->posonlyargs.n, (int)args->kwonlyargs.n, flags);
    }
    c->u = u->parent;
    unit_free(u);
    *out = co;
    return co ? 0 : -1;
}

/* Pushes the closure (if the code has free variables) and the code, then
 * MAKE_FUNCTION. Steals co. */
static int compile_make_closure(compiler *c, gp_code *co, int flags) {
    if (co->nfrees) {
        for (int i = 0; i < co->nfrees; i++) {
            gp_obj *name = GP_TUPLE_GET(co->freevars, i);
            int idx = deref_index(c->u, GP_STR_DATA(name));
            if (idx < 0) {
                gp_decref((gp_obj *)co);
                gp_err_format(gp_exc_SystemError, "compiler: no cell for free variable %U", name);
                return -1;
            }
            if (emit(c, OP_LOAD_CLOSURE, idx) < 0) { gp_decref((gp_obj *)co); return -1; }
        }
        if (emit(c, OP_BUILD_TUPLE, co->nfrees) < 0) { gp_decref((gp_obj *)co); return -1; }
        flags |= 8;
    }
    TRY(emit_const(c, (gp_obj *)co));
    return emit(c, OP_MAKE_FUNCTION, flags);
}

static int compile_funcdef(compiler *c, gp_stmt *s) {
    gp_expr_seq *decos = &s->v.funcdef.decorator_list;
    TRY(compile_exprs(c, decos));
    int flags = 0;
    TRY(compile_defaults(c, s->v.funcdef.args, &flags));
    TRY(compile_annotations(c, s->v.funcdef.args, s->v.funcdef.returns, &flags));
    gp_scope *scope = gp_scope_child(c->u->scope, s);
    if (!scope) { gp_err_set_str(gp_exc_SystemError, "compiler: function scope missing"); return -1; }
    gp_code *co;
    gp_loc loc = s->loc;
    if (decos->n) loc.lineno = decos->items[0]->loc.lineno;
    TRY(compile_function_body_unit(c, scope, s->v.funcdef.name, loc, s->v.funcdef.args,
                                   &s->v.funcdef.body, NULL, &co));
    co->firstlineno = s->loc.lineno;
    if (decos->n) co->firstlineno = decos->items[0]->loc.lineno;
    TRY(compile_make_closure(c, co, flags));
    for (size_t i = 0; i < decos->n; i++) TRY(emit(c, OP_CALL_FUNCTION, 1));
    return compile_nameop(c, s->v.funcdef.name, GP_CTX_STORE);
}

static int compile_classdef(compiler *c, gp_stmt *s) {
    gp_expr_seq *decos = &s->v.classdef.decorator_list;
    TRY(compile_exprs(c, decos));
    gp_scope *scope = gp_scope_child(c->u->scope, s);
    if (!scope) { gp_err_set_str(gp_exc_SystemError, "compiler: class scope missing"); return -1; }
    TRY(emit0(c, OP_LOAD_BUILD_CLASS));
    unit *u = unit_new(c, scope, s->v.classdef.name, s->loc.lineno);
    if (!u) return -1;
    u->private = s->v.classdef.name;
    c->u = u;
    int rc = compile_nameop(c, "__name__", GP_CTX_LOAD);
    if (rc == 0) rc = compile_nameop(c, "__module__", GP_CTX_STORE);
    if (rc == 0) rc = emit_const(c, gp_str_from_cstr(u->qualname));
    if (rc == 0) rc = compile_nameop(c, "__qualname__", GP_CTX_STORE);
    if (rc == 0 && is_docstring(&s->v.classdef.body)) {
        rc = emit_const(c, const_object(&s->v.classdef.body.items[0]->v.expr.value->v.constant));
        if (rc == 0) rc = compile_nameop(c, "__doc__", GP_CTX_STORE);
    }
    if (rc == 0 && has_annotations(&s->v.classdef.body)) rc = emit0(c, OP_SETUP_ANNOTATIONS);
    if (rc == 0) rc = compile_stmts(c, &s->v.classdef.body);
    if (rc == 0) {
        if (scope->needs_class_cell) {
            int idx = deref_index(u, "__class__");
            rc = emit(c, OP_LOAD_CLOSURE, idx);
            if (rc == 0) rc = emit0(c, OP_DUP_TOP);
            if (rc == 0) rc = emit_name(c, OP_STORE_NAME, "__classcell__");
            if (rc == 0) rc = emit0(c, OP_RETURN_VALUE);
        } else {
            rc = emit_const(c, GP_NONE_NEW());
            if (rc == 0) rc = emit0(c, OP_RETURN_VALUE);
        }
    }
    gp_code *co = rc == 0 ? assemble(c, 0, 0, 0, GP_CO_CLASS) : NULL;
    c->u = u->parent;
    unit_free(u);
    if (!co) return -1;
    TRY(compile_make_closure(c, co, 0));
    TRY(emit_const(c, gp_str_from_cstr(s->v.classdef.name)));
    /* __build_class__(func, name, *bases, **keywords) */
    gp_expr_seq *bases = &s->v.classdef.bases;
    gp_keyword_seq *kws = &s->v.classdef.keywords;
    bool dstar = false;
    for (size_t i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg) dstar = true;
    if (!has_starred(bases) && !dstar) {
        TRY(compile_exprs(c, bases));
        int n = (int)(2 + bases->n + kws->n);
        if (kws->n) {
            for (size_t i = 0; i < kws->n; i++) TRY(compile_expr(c, kws->items[i]->value));
            TRY(compile_keywords_names(c, kws));
            TRY(emit(c, OP_CALL_FUNCTION_KW, n));
        } else {
            TRY(emit(c, OP_CALL_FUNCTION, n));
        }
    } else {
        TRY(emit(c, OP_BUILD_TUPLE, 2));
        /* (func, name) + bases */
        TRY(emit(c, OP_BUILD_LIST, 0));
        TRY(emit0(c, OP_ROT_TWO));
        TRY(emit(c, OP_LIST_EXTEND, 1));
        for (size_t i = 0; i < bases->n; i++) {
            gp_expr *b = bases->items[i];
            if (b->kind == GP_EXPR_STARRED) {
                TRY(compile_expr(c, b->v.starred.value));
                TRY(emit(c, OP_LIST_EXTEND, 1));
            } else {
                TRY(compile_expr(c, b));
                TRY(emit(c, OP_LIST_APPEND, 1));
            }
        }
        TRY(emit0(c, OP_LIST_TO_TUPLE));
        /* the callable is below: LOAD_BUILD_CLASS pushed it first */
        int flag = 0;
        if (kws->n) {
            TRY(compile_kwargs_dict(c, kws));
            flag = 1;
        }
        TRY(emit(c, OP_CALL_FUNCTION_EX, flag));
    }
    for (size_t i = 0; i < decos->n; i++) TRY(emit(c, OP_CALL_FUNCTION, 1));
    return compile_nameop(c, s->v.classdef.name, GP_CTX_STORE);
}

/* ---- statements ------------------------------------------------------------------------ */

static int compile_return(compiler *c, gp_stmt *s) {
    if (c->u->scope->kind != GP_SCOPE_FUNCTION || c->u->scope->is_comprehension)
        return error_at(c, s->loc, "'return' outside function");
    gp_expr *v = s->v.return_.value;
    TRY(star_handler_exit(c, s, false));
    if (v) TRY(compile_expr(c, v));
    fblock dummy;
    bool found = false;
    TRY(unwind_fblock_stack(c, v != NULL, false, &dummy, &found));
    if (!v) TRY(emit_const(c, GP_NONE_NEW()));
    return emit0(c, OP_RETURN_VALUE);
}

static int compile_break_continue(compiler *c, gp_stmt *s, bool is_break) {
    fblock loop;
    bool found = false;
    /* check first, so no code is emitted for an error */
    bool any = false;
    for (int i = c->u->nfb - 1; i >= 0; i--)
        if (c->u->fb[i].kind == FB_WHILE || c->u->fb[i].kind == FB_FOR) { any = true; break; }
    if (!any) return error_at(c, s->loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    TRY(star_handler_exit(c, s, true));
    TRY(unwind_fblock_stack(c, false, true, &loop, &found));
    if (is_break) {
        if (loop.kind == FB_FOR) TRY(emit0(c, OP_POP_TOP));
        return emit_jump(c, OP_JUMP, loop.exit);
    }
    return emit_jump(c, OP_JUMP_BACKWARD, loop.start);
}

/* async for: it = x.__aiter__(); each step awaits it.__anext__() inside
 * a try block whose handler ends the loop on StopAsyncIteration. */
static int compile_async_for(compiler *c, gp_stmt *s) {
    int start = new_label(c), handler = new_label(c), reraise = new_label(c), end = new_label(c);
    TRY(start); TRY(handler); TRY(reraise); TRY(end);
    TRY(compile_expr(c, s->v.for_.iter));
    TRY(emit_name(c, OP_LOAD_ATTR, "__aiter__"));
    TRY(emit(c, OP_CALL_FUNCTION, 0));
    bind_label(c, start);
    TRY(emit_jump(c, OP_SETUP_FINALLY, handler));
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit_name(c, OP_LOAD_ATTR, "__anext__"));
    TRY(emit(c, OP_CALL_FUNCTION, 0));
    TRY(emit_await(c));
    TRY(emit0(c, OP_POP_BLOCK));
    TRY(compile_store(c, s->v.for_.target));
    TRY(push_fblock(c, s->loc, FB_FOR, start, end));
    TRY(compile_stmts(c, &s->v.for_.body));
    pop_fblock(c);
    TRY(emit_jump(c, OP_JUMP_BACKWARD, start));
    bind_label(c, handler);
    /* stack: iter prev_handled exc */
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit_const(c, gp_incref((gp_obj *)gp_exc_StopAsyncIteration)));
    TRY(emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, reraise));
    TRY(emit0(c, OP_POP_TOP));
    TRY(emit0(c, OP_POP_EXCEPT));
    TRY(emit0(c, OP_POP_TOP));
    TRY(compile_stmts(c, &s->v.for_.orelse));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, reraise);
    TRY(emit0(c, OP_RERAISE));
    bind_label(c, end);
    return 0;
}

static int compile_for(compiler *c, gp_stmt *s) {
    if (s->kind == GP_STMT_ASYNCFOR) {
        if (!in_coroutine(c)) return error_at(c, s->loc, "'async for' outside async function");
        return compile_async_for(c, s);
    }
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    TRY(start); TRY(cleanup); TRY(end);
    TRY(compile_expr(c, s->v.for_.iter));
    TRY(emit0(c, OP_GET_ITER));
    bind_label(c, start);
    TRY(emit_jump(c, OP_FOR_ITER, cleanup));
    TRY(compile_store(c, s->v.for_.target));
    TRY(push_fblock(c, s->loc, FB_FOR, start, end));
    TRY(compile_stmts(c, &s->v.for_.body));
    pop_fblock(c);
    TRY(emit_jump(c, OP_JUMP_BACKWARD, start));
    bind_label(c, cleanup);
    TRY(compile_stmts(c, &s->v.for_.orelse));
    bind_label(c, end);
    return 0;
}

static int compile_while(compiler *c, gp_stmt *s) {
    int start = new_label(c), orelse = new_label(c), end = new_label(c), body = new_label(c);
    TRY(start); TRY(orelse); TRY(end); TRY(body);
    gp_expr *test = s->v.while_.test;
    /* layout: test; body: ...; continue: test → body (one jump per iteration) */
    TRY(compile_jump_if(c, test, orelse, false));
    bind_label(c, body);
    TRY(push_fblock(c, s->loc, FB_WHILE, start, end));
    TRY(compile_stmts(c, &s->v.while_.body));
    pop_fblock(c);
    bind_label(c, start);
    int save = c->u->lineno;
    c->u->lineno = test->loc.lineno;
    /* the loop-back jump must be a JUMP_BACKWARD (the eval-breaker check):
     * jump forward over it when the test fails */
    TRY(compile_jump_if(c, test, orelse, false));
    TRY(emit_jump(c, OP_JUMP_BACKWARD, body));
    c->u->lineno = save;
    bind_label(c, orelse);
    TRY(compile_stmts(c, &s->v.while_.orelse));
    bind_label(c, end);
    return 0;
}

static int compile_if(compiler *c, gp_stmt *s) {
    int orelse = new_label(c), end = new_label(c);
    TRY(orelse); TRY(end);
    TRY(compile_jump_if(c, s->v.if_.test, orelse, false));
    TRY(compile_stmts(c, &s->v.if_.body));
    if (s->v.if_.orelse.n) {
        TRY(emit_jump(c, OP_JUMP, end));
        bind_label(c, orelse);
        TRY(compile_stmts(c, &s->v.if_.orelse));
    } else {
        bind_label(c, orelse);
    }
    bind_label(c, end);
    return 0;
}

static int compile_try_except(compiler *c, gp_stmt *s) {
    int handler = new_label(c), orelse = new_label(c), end = new_label(c);
    TRY(handler); TRY(orelse); TRY(end);
    TRY(emit_jump(c, OP_SETUP_FINALLY, handler));
    TRY(push_fblock(c, s->loc, FB_TRY_EXCEPT, -1, -1));
    TRY(compile_stmts(c, &s->v.try_.body));
    pop_fblock(c);
    TRY(emit0(c, OP_POP_BLOCK));
    TRY(compile_stmts(c, &s->v.try_.orelse));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, handler);
    /* stack: prev_handled exc */
    size_t n = s->v.try_.handlers.n;
    for (size_t i = 0; i < n; i++) {
        gp_excepthandler *h = s->v.try_.handlers.items[i];
        int save = c->u->lineno;
        c->u->lineno = h->loc.lineno;
        if (!h->type && i + 1 < n) return error_at(c, h->loc, "default 'except:' must be last");
        int next = new_label(c);
        TRY(next);
        if (h->type) {
            TRY(emit0(c, OP_DUP_TOP));
            TRY(compile_expr(c, h->type));
            TRY(emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, next));
        }
        if (h->name) {
            TRY(compile_nameop(c, h->name, GP_CTX_STORE));
            /* try: body finally: name = None; del name */
            int cleanup = new_label(c);
            TRY(cleanup);
            TRY(emit_jump(c, OP_SETUP_FINALLY, cleanup));
            TRY(push_fblock(c, h->loc, FB_HANDLER, -1, -1));
            TRY(push_fblock(c, h->loc, FB_HANDLER_CLEANUP, -1, -1));
            c->u->fb[c->u->nfb - 1].name = h->name;
            TRY(compile_stmts(c, &h->body));
            pop_fblock(c);
            pop_fblock(c);
            TRY(emit0(c, OP_POP_BLOCK));
            TRY(emit0(c, OP_POP_EXCEPT));
            TRY(emit_const(c, GP_NONE_NEW()));
            TRY(compile_nameop(c, h->name, GP_CTX_STORE));
            TRY(compile_nameop(c, h->name, GP_CTX_DEL));
            TRY(emit_jump(c, OP_JUMP, end));
            bind_label(c, cleanup);
            /* stack: prev exc_outer_prev exc2 */
            TRY(emit_const(c, GP_NONE_NEW()));
            TRY(compile_nameop(c, h->name, GP_CTX_STORE));
            TRY(compile_nameop(c, h->name, GP_CTX_DEL));
            TRY(emit0(c, OP_RERAISE));
        } else {
            TRY(emit0(c, OP_POP_TOP));
            TRY(push_fblock(c, h->loc, FB_HANDLER, -1, -1));
            TRY(compile_stmts(c, &h->body));
            pop_fblock(c);
            TRY(emit0(c, OP_POP_EXCEPT));
            TRY(emit_jump(c, OP_JUMP, end));
        }
        c->u->lineno = save;
        bind_label(c, next);
    }
    TRY(emit0(c, OP_RERAISE));
    bind_label(c, orelse);
    bind_label(c, end);
    return 0;
}

static int compile_try(compiler *c, gp_stmt *s) {
    bool star = s->kind == GP_STMT_TRYSTAR;
    if (!s->v.try_.finalbody.n) return star ? gp_compile_try_star(c, s) : compile_try_except(c, s);
    int fin = new_label(c), end = new_label(c);
    TRY(fin); TRY(end);
    TRY(emit_jump(c, OP_SETUP_FINALLY, fin));
    TRY(push_fblock(c, s->loc, FB_FINALLY_TRY, -1, -1));
    c->u->fb[c->u->nfb - 1].fin = &s->v.try_.finalbody;
    if (s->v.try_.handlers.n) TRY(star ? gp_compile_try_star(c, s) : compile_try_except(c, s));
    else TRY(compile_stmts(c, &s->v.try_.body));
    pop_fblock(c);
    TRY(emit0(c, OP_POP_BLOCK));
    TRY(compile_stmts(c, &s->v.try_.finalbody));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, fin);
    TRY(push_fblock(c, s->loc, FB_FINALLY_END, -1, -1));
    TRY(compile_stmts(c, &s->v.try_.finalbody));
    pop_fblock(c);
    TRY(emit0(c, OP_RERAISE));
    bind_label(c, end);
    return 0;
}

/* async with: exit = mgr.__aexit__; target = await mgr.__aenter__();
 * then the body in a try block whose handler awaits exit(type, exc, tb). */
static int compile_async_with_items(compiler *c, gp_stmt *s, size_t i) {
    gp_withitem *item = s->v.with.items.items[i];
    int exc = new_label(c), end = new_label(c), suppress = new_label(c);
    TRY(exc); TRY(end); TRY(suppress);
    TRY(compile_expr(c, item->context_expr));
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit_name(c, OP_LOAD_ATTR, "__aexit__"));
    TRY(emit0(c, OP_ROT_TWO));
    TRY(emit_name(c, OP_LOAD_ATTR, "__aenter__"));
    TRY(emit(c, OP_CALL_FUNCTION, 0));
    TRY(emit_await(c));
    if (item->optional_vars) TRY(compile_store(c, item->optional_vars));
    else TRY(emit0(c, OP_POP_TOP));
    TRY(emit_jump(c, OP_SETUP_FINALLY, exc));
    TRY(push_fblock(c, s->loc, FB_ASYNC_WITH, -1, -1));
    if (i + 1 < s->v.with.items.n) TRY(compile_async_with_items(c, s, i + 1));
    else TRY(compile_stmts(c, &s->v.with.body));
    pop_fblock(c);
    TRY(emit0(c, OP_POP_BLOCK));
    TRY(emit_async_exit_call(c));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, exc);
    /* stack: exit prev exc */
    TRY(emit0(c, OP_WITH_EXCEPT_START));
    TRY(emit_await(c));
    TRY(emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    TRY(emit0(c, OP_RERAISE));
    bind_label(c, suppress);
    TRY(emit0(c, OP_POP_TOP));
    TRY(emit0(c, OP_POP_EXCEPT));
    TRY(emit0(c, OP_POP_TOP));
    bind_label(c, end);
    return 0;
}

static int compile_with_items(compiler *c, gp_stmt *s, size_t i) {
    gp_withitem *item = s->v.with.items.items[i];
    int exc = new_label(c), end = new_label(c), suppress = new_label(c);
    TRY(exc); TRY(end); TRY(suppress);
    TRY(compile_expr(c, item->context_expr));
    TRY(emit_jump(c, OP_SETUP_WITH, exc));
    TRY(push_fblock(c, s->loc, FB_WITH, -1, -1));
    if (item->optional_vars) TRY(compile_store(c, item->optional_vars));
    else TRY(emit0(c, OP_POP_TOP));
    if (i + 1 < s->v.with.items.n) TRY(compile_with_items(c, s, i + 1));
    else TRY(compile_stmts(c, &s->v.with.body));
    pop_fblock(c);
    TRY(emit0(c, OP_POP_BLOCK));
    TRY(emit_exit_call(c));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, exc);
    /* stack: exit prev exc */
    TRY(emit0(c, OP_WITH_EXCEPT_START));
    TRY(emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    TRY(emit0(c, OP_RERAISE));
    bind_label(c, suppress);
    TRY(emit0(c, OP_POP_TOP));
    TRY(emit0(c, OP_POP_EXCEPT));
    TRY(emit0(c, OP_POP_TOP));
    bind_label(c, end);
    return 0;
}

static int compile_import(compiler *c, gp_stmt *s) {
    gp_alias_seq *names = &s->v.import.names;
    for (size_t i = 0; i < names->n; i++) {
        gp_alias *a = names->items[i];
        TRY(emit_const(c, gp_int_from_i64(0)));
        TRY(emit_const(c, GP_NONE_NEW()));
        TRY(emit_name(c, OP_IMPORT_NAME, a->name));
        if (a->asname) {
            /* import a.b.c as d: walk down to c */
            const char *p = strchr(a->name, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
                char *part = gp_arena_strndup(c->arena, p + 1, n);
                if (!part) { gp_err_nomemory(); return -1; }
                TRY(emit_name(c, OP_IMPORT_FROM, part));
                TRY(emit0(c, OP_ROT_TWO));
                TRY(emit0(c, OP_POP_TOP));
                p = q;
            }
            TRY(compile_nameop(c, a->asname, GP_CTX_STORE));
        } else {
            const char *dot = strchr(a->name, '.');
            const char *bound = dot ? gp_arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            if (!bound) { gp_err_nomemory(); return -1; }
            TRY(compile_nameop(c, bound, GP_CTX_STORE));
        }
    }
    return 0;
}

static int compile_importfrom(compiler *c, gp_stmt *s) {
    gp_alias_seq *names = &s->v.importfrom.names;
    TRY(emit_const(c, gp_int_from_i64(s->v.importfrom.level)));
    gp_obj *fromlist = gp_tuple_new((gp_ssize)names->n);
    if (!fromlist) return -1;
    for (size_t i = 0; i < names->n; i++) {
        gp_obj *nm = gp_str_intern_cstr(names->items[i]->name);
        if (!nm) {
            for (size_t j = i; j < names->n; j++) GP_TUPLE_ITEMS(fromlist)[j] = GP_NONE_NEW();
            gp_decref(fromlist);
            return -1;
        }
        GP_TUPLE_ITEMS(fromlist)[i] = gp_incref(nm);
    }
    TRY(emit_const(c, fromlist));
    TRY(emit_name(c, OP_IMPORT_NAME, s->v.importfrom.module ? s->v.importfrom.module : ""));
    for (size_t i = 0; i < names->n; i++) {
        gp_alias *a = names->items[i];
        if (strcmp(a->name, "*") == 0) return emit0(c, OP_IMPORT_STAR);
        TRY(emit_name(c, OP_IMPORT_FROM, a->name));
        TRY(compile_nameop(c, a->asname ? a->asname : a->name, GP_CTX_STORE));
    }
    return emit0(c, OP_POP_TOP);
}

static int compile_stmt(compiler *c, gp_stmt *s) {
    c->u->lineno = s->loc.lineno;
    switch (s->kind) {
    case GP_STMT_FUNCTIONDEF:
    case GP_STMT_ASYNCFUNCTIONDEF: return compile_funcdef(c, s);
    case GP_STMT_CLASSDEF: return compile_classdef(c, s);
    case GP_STMT_RETURN: return compile_return(c, s);
    case GP_STMT_DELETE:
        for (size_t i = 0; i < s->v.delete_.targets.n; i++) TRY(compile_delete(c, s->v.delete_.targets.items[i]));
        return 0;
    case GP_STMT_ASSIGN: {
        TRY(compile_expr(c, s->v.assign.value));
        size_t n = s->v.assign.targets.n;
        for (size_t i = 0; i < n; i++) {
            if (i + 1 < n) TRY(emit0(c, OP_DUP_TOP));
            TRY(compile_store(c, s->v.assign.targets.items[i]));
        }
        return 0;
    }
    case GP_STMT_AUGASSIGN: {
        gp_expr *t = s->v.augassign.target;
        int op = s->v.augassign.op;
        switch (t->kind) {
        case GP_EXPR_NAME:
            TRY(compile_nameop(c, t->v.name.id, GP_CTX_LOAD));
            TRY(compile_expr(c, s->v.augassign.value));
            TRY(emit(c, OP_INPLACE_OP, op));
            return compile_nameop(c, t->v.name.id, GP_CTX_STORE);
        case GP_EXPR_ATTRIBUTE:
            TRY(compile_expr(c, t->v.attribute.value));
            TRY(emit0(c, OP_DUP_TOP));
            TRY(emit_name(c, OP_LOAD_ATTR, t->v.attribute.attr));
            TRY(compile_expr(c, s->v.augassign.value));
            TRY(emit(c, OP_INPLACE_OP, op));
            TRY(emit0(c, OP_ROT_TWO));
            return emit_name(c, OP_STORE_ATTR, t->v.attribute.attr);
        case GP_EXPR_SUBSCRIPT:
            TRY(compile_expr(c, t->v.subscript.value));
            TRY(compile_slice_or_expr(c, t->v.subscript.slice));
            TRY(emit0(c, OP_DUP_TOP_TWO));
            TRY(emit0(c, OP_BINARY_SUBSCR));
            TRY(compile_expr(c, s->v.augassign.value));
            TRY(emit(c, OP_INPLACE_OP, op));
            TRY(emit0(c, OP_ROT_THREE));
            return emit0(c, OP_STORE_SUBSCR);
        default: return error_at(c, t->loc, "'expression' is an illegal expression for augmented assignment");
        }
    }
    case GP_STMT_ANNASSIGN:
        if (s->v.annassign.value) {
            TRY(compile_expr(c, s->v.annassign.value));
            TRY(compile_store(c, s->v.annassign.target));
        }
        /* module and class bodies record simple annotations in __annotations__ */
        if (c->u->scope->kind != GP_SCOPE_FUNCTION && s->v.annassign.simple &&
            s->v.annassign.target->kind == GP_EXPR_NAME) {
            TRY(compile_annotation(c, s->v.annassign.annotation));
            TRY(emit_name(c, OP_LOAD_NAME, "__annotations__"));
            const char *nm = gp_mangle(c->arena, c->u->private, s->v.annassign.target->v.name.id);
            TRY(emit_const(c, gp_incref(gp_str_intern_cstr(nm))));
            TRY(emit0(c, OP_STORE_SUBSCR));
        }
        return 0;
    case GP_STMT_FOR:
    case GP_STMT_ASYNCFOR: return compile_for(c, s);
    case GP_STMT_WHILE: return compile_while(c, s);
    case GP_STMT_IF: return compile_if(c, s);
    case GP_STMT_WITH: return compile_with_items(c, s, 0);
    case GP_STMT_ASYNCWITH:
        if (!in_coroutine(c)) return error_at(c, s->loc, "'async with' outside async function");
        return compile_async_with_items(c, s, 0);
    case GP_STMT_RAISE: {
        int n = 0;
        if (s->v.raise.exc) { TRY(compile_expr(c, s->v.raise.exc)); n++; }
        if (s->v.raise.cause) { TRY(compile_expr(c, s->v.raise.cause)); n++; }
        return emit(c, OP_RAISE_VARARGS, n);
    }
    case GP_STMT_TRY:
    case GP_STMT_TRYSTAR: return compile_try(c, s);
    case GP_STMT_ASSERT: {
        int ok = new_label(c);
        TRY(ok);
        TRY(compile_jump_if(c, s->v.assert_.test, ok, true));
        TRY(emit0(c, OP_LOAD_ASSERTION_ERROR));
        if (s->v.assert_.msg) {
            TRY(compile_expr(c, s->v.assert_.msg));
            TRY(emit(c, OP_CALL_FUNCTION, 1));
        }
        TRY(emit(c, OP_RAISE_VARARGS, 1));
        bind_label(c, ok);
        return 0;
    }
    case GP_STMT_IMPORT: return compile_import(c, s);
    case GP_STMT_IMPORTFROM: return compile_importfrom(c, s);
    case GP_STMT_GLOBAL:
    case GP_STMT_NONLOCAL:
    case GP_STMT_PASS: return 0;
    case GP_STMT_EXPR: {
        gp_expr *v = s->v.expr.value;
        if (c->interactive && c->u->scope->kind == GP_SCOPE_MODULE) {
            TRY(compile_expr(c, v));
            return emit0(c, OP_PRINT_EXPR);
        }
        if (v->kind == GP_EXPR_CONSTANT) return 0; /* docstrings, bare constants */
        TRY(compile_expr(c, v));
        return emit0(c, OP_POP_TOP);
    }
    case GP_STMT_BREAK: return compile_break_continue(c, s, true);
    case GP_STMT_CONTINUE: return compile_break_continue(c, s, false);
    case GP_STMT_MATCH: return gp_compile_match(c, s);
    }
    return 0;
}

int compile_stmts(compiler *c, gp_stmt_seq *seq) {
    for (size_t i = 0; i < seq->n; i++) TRY(compile_stmt(c, seq->items[i]));
    return 0;
}

/* Whether a block (not nested functions/classes) has an annotated name. */
static bool has_annotations(gp_stmt_seq *seq) {
    for (size_t i = 0; i < seq->n; i++) {
        gp_stmt *s = seq->items[i];
        switch (s->kind) {
        case GP_STMT_ANNASSIGN: return true;
        case GP_STMT_FOR: case GP_STMT_ASYNCFOR:
            if (has_annotations(&s->v.for_.body) || has_annotations(&s->v.for_.orelse)) return true;
            break;
        case GP_STMT_WHILE:
            if (has_annotations(&s->v.while_.body) || has_annotations(&s->v.while_.orelse)) return true;
            break;
        case GP_STMT_IF:
            if (has_annotations(&s->v.if_.body) || has_annotations(&s->v.if_.orelse)) return true;
            break;
        case GP_STMT_WITH: case GP_STMT_ASYNCWITH:
            if (has_annotations(&s->v.with.body)) return true;
            break;
        case GP_STMT_TRY: case GP_STMT_TRYSTAR:
            if (has_annotations(&s->v.try_.body) || has_annotations(&s->v.try_.orelse) ||
                has_annotations(&s->v.try_.finalbody)) return true;
            for (size_t k = 0; k < s->v.try_.handlers.n; k++)
                if (has_annotations(&s->v.try_.handlers.items[k]->body)) return true;
            break;
        case GP_STMT_MATCH:
            for (size_t k = 0; k < s->v.match.cases.n; k++)
                if (has_annotations(&s->v.match.cases.items[k]->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* ---- entry point ------------------------------------------------------------------ */

/* The `from __future__ import ...` statements at the top of a module
 * (after its docstring): annotations turns on PEP 563, the features that
 * are always on are accepted, anything else is a SyntaxError, as is a
 * future import anywhere later in the module. */
static int check_future(compiler *c, gp_mod *mod) {
    static const char *const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                        "with_statement", "print_function", "unicode_literals",
                                        "barry_as_FLUFL", "generator_stop", "annotations", NULL};
    bool at_top = true;
    for (size_t i = 0; i < mod->body.n; i++) {
        gp_stmt *s = mod->body.items[i];
        bool future = s->kind == GP_STMT_IMPORTFROM && s->v.importfrom.level == 0 && s->v.importfrom.module &&
                      strcmp(s->v.importfrom.module, "__future__") == 0;
        if (!future) {
            if (!(i == 0 && is_docstring(&mod->body))) at_top = false;
            continue;
        }
        if (!at_top) return error_at(c, s->loc, "from __future__ imports must occur at the beginning of the file");
        for (size_t j = 0; j < s->v.importfrom.names.n; j++) {
            const char *name = s->v.importfrom.names.items[j]->name;
            if (strcmp(name, "braces") == 0) return error_at(c, s->loc, "not a chance");
            int k = 0;
            while (known[k] && strcmp(known[k], name) != 0) k++;
            if (!known[k]) {
                char msg[300];
                snprintf(msg, sizeof msg, "future feature %s is not defined", name);
                return error_at(c, s->loc, msg);
            }
            if (strcmp(name, "annotations") == 0) c->future_annotations = true;
        }
    }
    return 0;
}

static gp_obj *compile_mod(compiler *c, gp_mod *mod) {
    if (mod->kind != GP_MOD_EXPRESSION && check_future(c, mod) < 0) return NULL;
    gp_scope *top = gp_symtable_build(mod, c->filename, c->arena);
    if (!top) return NULL;
    c->top = top;
    unit *u = unit_new(c, top, "<module>", 1);
    if (!u) { gp_symtable_free(top); return NULL; }
    c->u = u;
    int rc = 0;
    if (mod->kind == GP_MOD_EXPRESSION) {
        rc = compile_expr(c, mod->expr);
        if (rc == 0) rc = emit0(c, OP_RETURN_VALUE);
    } else {
        if (mod->kind == GP_MOD_MODULE && is_docstring(&mod->body)) {
            c->u->lineno = mod->body.items[0]->loc.lineno;
            rc = emit_const(c, const_object(&mod->body.items[0]->v.expr.value->v.constant));
            if (rc == 0) rc = compile_nameop(c, "__doc__", GP_CTX_STORE);
        }
        if (rc == 0 && has_annotations(&mod->body)) rc = emit0(c, OP_SETUP_ANNOTATIONS);
        if (rc == 0) rc = compile_stmts(c, &mod->body);
    }
    gp_code *co = rc == 0 ? assemble(c, 0, 0, 0, GP_CO_MODULE) : NULL;
    c->u = NULL;
    unit_free(u);
    gp_symtable_free(top);
    return (gp_obj *)co;
}

gp_obj *gp_compile_source(const char *src, size_t len, const char *filename, const char *mode) {
    gp_mod_kind kind = GP_MOD_MODULE;
    if (strcmp(mode, "eval") == 0) kind = GP_MOD_EXPRESSION;
    else if (strcmp(mode, "single") == 0) kind = GP_MOD_INTERACTIVE;
    gp_arena *arena = gp_arena_new();
    if (!arena) return gp_err_nomemory();
    gp_syntax_error err;
    memset(&err, 0, sizeof err);
    gp_mod *mod = gp_parse(arena, src, len, filename, kind, &err);
    if (!mod) {
        if (!gp_err_occurred())
            gp_compile_raise_syntax_error(err.type, err.msg, filename, err.lineno, err.offset, err.text,
                                          err.end_lineno, err.end_offset);
        gp_syntax_error_clear(&err);
        gp_arena_free(arena);
        return NULL;
    }
    compiler c;
    memset(&c, 0, sizeof c);
    c.filename = filename;
    c.arena = arena;
    c.interactive = kind == GP_MOD_INTERACTIVE;
    c.filename_obj = gp_str_from_cstr(filename);
    gp_obj *co = NULL;
    if (c.filename_obj) co = compile_mod(&c, mod);
    gp_xdecref(c.filename_obj);
    gp_arena_free(arena);
    return co;
}
