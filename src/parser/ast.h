/*
 * ast.h — the abstract syntax tree, the contract between the parser
 * (src/parser/) and the compiler (src/vm/compiler.c).
 *
 * Node kinds and fields mirror CPython 3.11's `ast` module one for one
 * (same names, same meaning), so `python3 -c 'import ast; ...'` is the
 * reference for what a program parses to. Literal values are plain C data
 * (text, doubles), not Python objects: the parser needs no object system,
 * and the compiler turns constants into objects.
 *
 * All nodes live in an arena freed in one go (gp_arena_free).
 */
#ifndef GP_AST_H
#define GP_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct gp_arena gp_arena;
gp_arena *gp_arena_new(void);
void *gp_arena_alloc(gp_arena *a, size_t n);   /* zeroed; aborts never: returns NULL on OOM */
char *gp_arena_strndup(gp_arena *a, const char *s, size_t n);
void gp_arena_free(gp_arena *a);

typedef struct gp_expr gp_expr;
typedef struct gp_stmt gp_stmt;

/* A growable array of node pointers (or of other structs via void*). */
#define GP_AST_SEQ(T) struct { size_t n; T *items; }
typedef GP_AST_SEQ(gp_expr *) gp_expr_seq;
typedef GP_AST_SEQ(gp_stmt *) gp_stmt_seq;
typedef GP_AST_SEQ(const char *) gp_ident_seq;

typedef struct gp_loc {
    int lineno, col_offset;          /* 1-based line, 0-based UTF-8 byte column */
    int end_lineno, end_col_offset;
} gp_loc;

typedef enum { GP_CTX_LOAD, GP_CTX_STORE, GP_CTX_DEL } gp_expr_ctx;

typedef enum {
    GP_BOOL_AND, GP_BOOL_OR
} gp_boolop;

/* Binary operators use gp_binop's order from object.h:
 * ADD SUB MUL TRUEDIV FLOORDIV MOD POW LSHIFT RSHIFT AND OR XOR MATMUL. */
typedef int gp_ast_binop;

typedef enum { GP_UNARY_INVERT, GP_UNARY_NOT, GP_UNARY_UADD, GP_UNARY_USUB } gp_unaryop;

typedef enum {
    GP_CMP_EQ, GP_CMP_NOTEQ, GP_CMP_LT, GP_CMP_LTE, GP_CMP_GT, GP_CMP_GTE,
    GP_CMP_IS, GP_CMP_ISNOT, GP_CMP_IN, GP_CMP_NOTIN
} gp_cmpop;

/* Constants keep their source meaning; the compiler builds the objects. */
typedef enum {
    GP_CONST_NONE, GP_CONST_TRUE, GP_CONST_FALSE, GP_CONST_ELLIPSIS,
    GP_CONST_INT,      /* text: digits with prefix, underscores removed, e.g. "0x1f", "123" */
    GP_CONST_FLOAT,    /* f */
    GP_CONST_IMAG,     /* f: the imaginary part of a complex literal like 2j */
    GP_CONST_STR,      /* text/len: decoded UTF-8 (escapes processed) */
    GP_CONST_BYTES     /* text/len: raw bytes (escapes processed) */
} gp_const_kind;

typedef struct gp_const {
    gp_const_kind kind;
    const char *text;
    size_t len;
    double f;
    bool kind_u;       /* a str written with the u'' prefix (ast: kind='u') */
} gp_const;

typedef struct gp_keyword {
    const char *arg;     /* NULL for **kwargs */
    gp_expr *value;
    gp_loc loc;
} gp_keyword;
typedef GP_AST_SEQ(gp_keyword *) gp_keyword_seq;

typedef struct gp_arg {
    const char *arg;
    gp_expr *annotation; /* may be NULL */
    gp_loc loc;
} gp_arg;
typedef GP_AST_SEQ(gp_arg *) gp_arg_seq;

typedef struct gp_arguments {
    gp_arg_seq posonlyargs;
    gp_arg_seq args;
    gp_arg *vararg;           /* may be NULL */
    gp_arg_seq kwonlyargs;
    gp_expr_seq kw_defaults;  /* same length as kwonlyargs; NULL entries: no default */
    gp_arg *kwarg;            /* may be NULL */
    gp_expr_seq defaults;     /* for the last len(defaults) of posonlyargs+args */
} gp_arguments;

typedef struct gp_comprehension {
    gp_expr *target, *iter;
    gp_expr_seq ifs;
    bool is_async;
} gp_comprehension;
typedef GP_AST_SEQ(gp_comprehension *) gp_comprehension_seq;

typedef struct gp_excepthandler {
    gp_expr *type;            /* may be NULL */
    const char *name;         /* may be NULL */
    gp_stmt_seq body;
    gp_loc loc;
} gp_excepthandler;
typedef GP_AST_SEQ(gp_excepthandler *) gp_excepthandler_seq;

typedef struct gp_withitem {
    gp_expr *context_expr;
    gp_expr *optional_vars;   /* may be NULL */
} gp_withitem;
typedef GP_AST_SEQ(gp_withitem *) gp_withitem_seq;

typedef struct gp_alias {
    const char *name;         /* dotted name, or "*" */
    const char *asname;       /* may be NULL */
    gp_loc loc;
} gp_alias;
typedef GP_AST_SEQ(gp_alias *) gp_alias_seq;

/* Patterns of a match statement (CPython's pattern nodes). MatchSingleton
 * keeps its constant as a Constant expression in v.value. */
typedef struct gp_pattern gp_pattern;
typedef GP_AST_SEQ(gp_pattern *) gp_pattern_seq;
typedef enum {
    GP_PAT_VALUE, GP_PAT_SINGLETON, GP_PAT_SEQUENCE, GP_PAT_MAPPING, GP_PAT_CLASS,
    GP_PAT_STAR, GP_PAT_AS, GP_PAT_OR
} gp_pattern_kind;
struct gp_pattern {
    gp_pattern_kind kind;
    gp_loc loc;
    union {
        struct { gp_expr *value; } value;                /* also singleton */
        struct { gp_pattern_seq patterns; } seq;         /* also or */
        struct { gp_expr_seq keys; gp_pattern_seq patterns; const char *rest; } mapping;
        struct { gp_expr *cls; gp_pattern_seq patterns; gp_ident_seq kwd_attrs;
                 gp_pattern_seq kwd_patterns; } cls;
        struct { const char *name; } star;               /* name may be NULL */
        struct { gp_pattern *pattern; const char *name; } as;   /* each may be NULL */
    } v;
};
typedef struct gp_match_case {
    gp_pattern *pattern;
    gp_expr *guard;           /* may be NULL */
    gp_stmt_seq body;
} gp_match_case;
typedef GP_AST_SEQ(gp_match_case *) gp_match_case_seq;

typedef enum {
    GP_EXPR_BOOLOP, GP_EXPR_NAMEDEXPR, GP_EXPR_BINOP, GP_EXPR_UNARYOP, GP_EXPR_LAMBDA,
    GP_EXPR_IFEXP, GP_EXPR_DICT, GP_EXPR_SET, GP_EXPR_LISTCOMP, GP_EXPR_SETCOMP,
    GP_EXPR_DICTCOMP, GP_EXPR_GENERATOREXP, GP_EXPR_AWAIT, GP_EXPR_YIELD,
    GP_EXPR_YIELDFROM, GP_EXPR_COMPARE, GP_EXPR_CALL, GP_EXPR_FORMATTEDVALUE,
    GP_EXPR_JOINEDSTR, GP_EXPR_CONSTANT, GP_EXPR_ATTRIBUTE, GP_EXPR_SUBSCRIPT,
    GP_EXPR_STARRED, GP_EXPR_NAME, GP_EXPR_LIST, GP_EXPR_TUPLE, GP_EXPR_SLICE
} gp_expr_kind;

struct gp_expr {
    gp_expr_kind kind;
    gp_loc loc;
    union {
        struct { gp_boolop op; gp_expr_seq values; } boolop;
        struct { gp_expr *target, *value; } namedexpr;
        struct { gp_expr *left; gp_ast_binop op; gp_expr *right; } binop;
        struct { gp_unaryop op; gp_expr *operand; } unaryop;
        struct { gp_arguments *args; gp_expr *body; } lambda;
        struct { gp_expr *test, *body, *orelse; } ifexp;
        struct { gp_expr_seq keys, values; } dict;      /* NULL key: **mapping */
        struct { gp_expr_seq elts; } set;
        struct { gp_expr *elt; gp_comprehension_seq generators; } comp;   /* list/set/genexp */
        struct { gp_expr *key, *value; gp_comprehension_seq generators; } dictcomp;
        struct { gp_expr *value; } await_;
        struct { gp_expr *value; } yield;                /* value may be NULL */
        struct { gp_expr *value; } yieldfrom;
        struct { gp_expr *left; size_t n; gp_cmpop *ops; gp_expr **comparators; } compare;
        struct { gp_expr *func; gp_expr_seq args; gp_keyword_seq keywords; } call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec: a JoinedStr or NULL */
        struct { gp_expr *value; int conversion; gp_expr *format_spec; } formattedvalue;
        struct { gp_expr_seq values; } joinedstr;
        gp_const constant;
        struct { gp_expr *value; const char *attr; gp_expr_ctx ctx; } attribute;
        struct { gp_expr *value, *slice; gp_expr_ctx ctx; } subscript;
        struct { gp_expr *value; gp_expr_ctx ctx; } starred;
        struct { const char *id; gp_expr_ctx ctx; } name;
        struct { gp_expr_seq elts; gp_expr_ctx ctx; } list;   /* also tuple */
        struct { gp_expr *lower, *upper, *step; } slice;     /* each may be NULL */
    } v;
};

typedef enum {
    GP_STMT_FUNCTIONDEF, GP_STMT_ASYNCFUNCTIONDEF, GP_STMT_CLASSDEF, GP_STMT_RETURN,
    GP_STMT_DELETE, GP_STMT_ASSIGN, GP_STMT_AUGASSIGN, GP_STMT_ANNASSIGN, GP_STMT_FOR,
    GP_STMT_ASYNCFOR, GP_STMT_WHILE, GP_STMT_IF, GP_STMT_WITH, GP_STMT_ASYNCWITH,
    GP_STMT_RAISE, GP_STMT_TRY, GP_STMT_TRYSTAR, GP_STMT_ASSERT, GP_STMT_IMPORT,
    GP_STMT_IMPORTFROM, GP_STMT_GLOBAL, GP_STMT_NONLOCAL, GP_STMT_EXPR, GP_STMT_PASS,
    GP_STMT_BREAK, GP_STMT_CONTINUE, GP_STMT_MATCH
} gp_stmt_kind;

struct gp_stmt {
    gp_stmt_kind kind;
    gp_loc loc;
    union {
        /* FunctionDef and AsyncFunctionDef */
        struct { const char *name; gp_arguments *args; gp_stmt_seq body;
                 gp_expr_seq decorator_list; gp_expr *returns; } funcdef;
        struct { const char *name; gp_expr_seq bases; gp_keyword_seq keywords;
                 gp_stmt_seq body; gp_expr_seq decorator_list; } classdef;
        struct { gp_expr *value; } return_;              /* value may be NULL */
        struct { gp_expr_seq targets; } delete_;
        struct { gp_expr_seq targets; gp_expr *value; } assign;
        struct { gp_expr *target; gp_ast_binop op; gp_expr *value; } augassign;
        struct { gp_expr *target, *annotation, *value; bool simple; } annassign;
        /* For and AsyncFor */
        struct { gp_expr *target, *iter; gp_stmt_seq body, orelse; } for_;
        struct { gp_expr *test; gp_stmt_seq body, orelse; } while_;
        struct { gp_expr *test; gp_stmt_seq body, orelse; } if_;
        /* With and AsyncWith */
        struct { gp_withitem_seq items; gp_stmt_seq body; } with;
        struct { gp_expr *exc, *cause; } raise;          /* each may be NULL */
        /* Try and TryStar */
        struct { gp_stmt_seq body; gp_excepthandler_seq handlers;
                 gp_stmt_seq orelse, finalbody; } try_;
        struct { gp_expr *test, *msg; } assert_;
        struct { gp_alias_seq names; } import;
        struct { const char *module; gp_alias_seq names; int level; } importfrom; /* module may be NULL */
        struct { gp_ident_seq names; } global;           /* also nonlocal */
        struct { gp_expr *value; } expr;
        struct { gp_expr *subject; gp_match_case_seq cases; } match;
    } v;
};

typedef enum { GP_MOD_MODULE, GP_MOD_INTERACTIVE, GP_MOD_EXPRESSION } gp_mod_kind;

typedef struct gp_mod {
    gp_mod_kind kind;
    gp_stmt_seq body;     /* Module, Interactive */
    gp_expr *expr;        /* Expression */
} gp_mod;

/* Parses UTF-8 source. mode: "exec" (GP_MOD_MODULE), "eval"
 * (GP_MOD_EXPRESSION), "single" (GP_MOD_INTERACTIVE). On error returns
 * NULL and fills *err (which the caller turns into a SyntaxError or
 * IndentationError exception; the parser itself needs no object system). */
typedef struct gp_syntax_error {
    const char *type;      /* "SyntaxError", "IndentationError" or "TabError" */
    char msg[256];         /* CPython's message, e.g. "'(' was never closed" */
    int lineno;            /* 1-based */
    int offset;            /* 1-based column of the caret, in characters */
    int end_lineno, end_offset;
    char *text;            /* the offending source line with its newline, malloc'd; may be NULL */
    bool incomplete;       /* the input ended too early (unclosed bracket or triple-quoted
                              string, block header at the end...): a REPL asks for more */
} gp_syntax_error;

gp_mod *gp_parse(gp_arena *arena, const char *src, size_t len, const char *filename,
                 gp_mod_kind mode, gp_syntax_error *err);
void gp_syntax_error_clear(gp_syntax_error *err);

/* For tests and debugging: writes the tree in the format of Python's
 * ast.dump(tree) (no attributes, default indent=None) to a malloc'd string. */
char *gp_ast_dump(const gp_mod *mod);
/* The same with include_attributes=True (locations), for location tests. */
char *gp_ast_dump_attrs(const gp_mod *mod);

#endif
