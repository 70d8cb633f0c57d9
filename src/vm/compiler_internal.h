/*
 * compiler_internal.h — what the parts of the compiler share: the unit and
 * block structures of compiler.c and the emit/label/name helpers that
 * compile_match.c (match statements) and compile_trystar.c (except*) use.
 *
 * The helpers keep their short names inside the compiler; the macros below
 * give them gp_compile_ link names, since they are no longer static.
 */
#ifndef GP_COMPILER_INTERNAL_H
#define GP_COMPILER_INTERNAL_H

#include "symtable.h"
#include "vm.h"

enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER,
    FB_HANDLER_CLEANUP, FB_WITH, FB_POP_VALUE, FB_ASYNC_WITH, FB_STAR_HANDLER,
};

typedef struct fblock {
    int kind;
    int start, exit;          /* loop labels */
    gp_stmt_seq *fin;         /* FB_FINALLY_TRY: the finally body */
    const char *name;         /* FB_HANDLER_CLEANUP: the `as` name */
} fblock;

#define MAX_FBLOCKS 20 /* CPython's CO_MAXBLOCKS */

typedef struct unit {
    struct unit *parent;
    gp_scope *scope;
    uint32_t *code;
    int *lines;
    int n, cap;
    int *labels;
    int nlabels, caplabels;
    gp_obj *consts, *constmap;   /* list, dict (key) -> index */
    gp_obj *names, *namemap;
    gp_obj *varnames, *varmap;
    gp_obj *cellvars, *cellmap;
    gp_obj *freevars, *freemap;
    fblock fb[MAX_FBLOCKS];
    int nfb;
    int lineno;
    int firstlineno;
    char *qualname;
    const char *name;
    int argcount, posonly, kwonly, flags;
    bool is_function;            /* fast locals */
    const char *private;         /* enclosing class name, for mangling */
} unit;

typedef struct compiler {
    const char *filename;
    gp_obj *filename_obj;
    gp_scope *top;
    gp_arena *arena;
    unit *u;
    bool interactive;
    bool future_annotations;   /* from __future__ import annotations: annotations are strings */
} compiler;

/* unparse.c: an annotation expression as PEP 563 source text */
gp_obj *gp_unparse_annotation(const gp_expr *e);

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

#define error_at gp_compile_error_at
#define new_label gp_compile_new_label
#define bind_label gp_compile_bind_label
#define emit gp_compile_emit
#define emit0 gp_compile_emit0
#define emit_jump gp_compile_emit_jump
#define add_const gp_compile_add_const
#define emit_const gp_compile_emit_const
#define compile_nameop gp_compile_nameop
#define fold gp_compile_fold
#define compile_expr gp_compile_expr
#define compile_jump_if gp_compile_jump_if
#define compile_stmts gp_compile_stmts
#define push_fblock gp_compile_push_fblock
#define pop_fblock gp_compile_pop_fblock

int error_at(compiler *c, gp_loc loc, const char *msg);
int new_label(compiler *c);
void bind_label(compiler *c, int label);
int emit(compiler *c, int op, int arg);
int emit0(compiler *c, int op);
int emit_jump(compiler *c, int op, int label);
int add_const(compiler *c, gp_obj *v);          /* steals v */
int emit_const(compiler *c, gp_obj *v);         /* steals v */
int compile_nameop(compiler *c, const char *name, gp_expr_ctx ctx);
gp_obj *fold(gp_expr *e);                       /* a constant expression's value, or NULL */
int compile_expr(compiler *c, gp_expr *e);
int compile_jump_if(compiler *c, gp_expr *e, int label, bool cond);
int compile_stmts(compiler *c, gp_stmt_seq *seq);
int push_fblock(compiler *c, gp_loc loc, int kind, int start, int exit);
void pop_fblock(compiler *c);

/* compile_match.c */
int gp_compile_match(compiler *c, gp_stmt *s);
/* compile_trystar.c: try ... except* (any finally is compile_try's) */
int gp_compile_try_star(compiler *c, gp_stmt *s);

#endif
