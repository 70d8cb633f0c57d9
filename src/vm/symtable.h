/*
 * symtable.h — the compiler's first pass: which scope every name lives in.
 *
 * gp_symtable_build walks the AST once and builds a tree of scopes (module,
 * function — also lambdas and comprehensions — and class), then resolves
 * every name to local, cell, free, global (explicit or implicit), following
 * CPython's rules: class scopes are invisible to the functions nested in
 * them, `global`/`nonlocal` override, a name used by a nested function and
 * bound here becomes a cell.
 */
#ifndef GP_SYMTABLE_H
#define GP_SYMTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "../parser/ast.h"

/* Per-name flags gathered while walking. */
enum {
    GP_DEF_GLOBAL = 1, GP_DEF_LOCAL = 2, GP_DEF_PARAM = 4, GP_DEF_NONLOCAL = 8,
    GP_USE = 16, GP_DEF_IMPORT = 32, GP_DEF_COMP_ITER = 64,
    GP_DEF_FREE_CLASS = 128, /* bound in a class body and free in its methods */
};
#define GP_DEF_BOUND (GP_DEF_LOCAL | GP_DEF_PARAM | GP_DEF_IMPORT)

/* The resolved scope of a name. */
enum { GP_SC_NONE = 0, GP_SC_LOCAL, GP_SC_GLOBAL_EXPLICIT, GP_SC_GLOBAL_IMPLICIT, GP_SC_FREE, GP_SC_CELL };

typedef enum { GP_SCOPE_MODULE, GP_SCOPE_FUNCTION, GP_SCOPE_CLASS } gp_scope_kind;

typedef struct gp_sym {
    const char *name;
    int flags, scope;
    gp_loc directive;   /* first global/nonlocal statement naming it: where errors point */
} gp_sym;

typedef struct gp_scope {
    gp_scope_kind kind;
    const char *name;
    const void *node;           /* the AST node that opened the scope */
    int lineno, col;
    gp_sym *syms;               /* in order of first appearance */
    size_t nsyms, cap;
    int *index;                 /* open addressing over syms, -1 empty */
    size_t icap;
    struct gp_scope **children;
    size_t nchildren, capch;
    struct gp_scope *parent;
    bool is_generator, is_comprehension, is_lambda;
    bool is_coroutine;          /* a comprehension with await or async for (awaited where built) */
    bool needs_class_cell;      /* a class whose methods use super()/__class__ */
    bool child_free;
    int comp_iter_expr;         /* > 0 while visiting a comprehension's iterable here */
} gp_scope;

/* NULL + pending SyntaxError on error. */
gp_scope *gp_symtable_build(const gp_mod *mod, const char *filename, gp_arena *arena);
void gp_symtable_free(gp_scope *top);
gp_sym *gp_scope_lookup(gp_scope *s, const char *name);
gp_scope *gp_scope_child(gp_scope *s, const void *node);
int gp_scope_of(gp_scope *s, const char *name); /* GP_SC_* */
/* Private name mangling: __x inside class C becomes _C__x. */
const char *gp_mangle(gp_arena *arena, const char *private, const char *name);

#endif
