/*
 * token.h — tokens of Python 3.11 source, shared by the lexer and the parser
 * (internal to src/parser/).
 *
 * The lexer turns the whole source into an array of tokens in one pass; the
 * parser walks that array. Keywords get their own kinds so the parser never
 * compares strings; soft keywords (match, case, _) stay NAME.
 */
#ifndef GP_TOKEN_H
#define GP_TOKEN_H

#include "ast.h"

#define GP_TOKENS(X) \
    X(ENDMARKER, "end of file") X(NAME, "name") X(NUMBER, "number") X(STRING, "string") \
    X(NEWLINE, "newline") X(INDENT, "indent") X(DEDENT, "dedent") X(ERRORTOKEN, "error") \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") \
    X(DOT, ".") X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") \
    X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//") \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=") X(EXCLAMATION, "!") \
    X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") X(KW_AND, "and") \
    X(KW_AS, "as") X(KW_ASSERT, "assert") X(KW_ASYNC, "async") X(KW_AWAIT, "await") \
    X(KW_BREAK, "break") X(KW_CLASS, "class") X(KW_CONTINUE, "continue") X(KW_DEF, "def") \
    X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else") X(KW_EXCEPT, "except") \
    X(KW_FINALLY, "finally") X(KW_FOR, "for") X(KW_FROM, "from") X(KW_GLOBAL, "global") \
    X(KW_IF, "if") X(KW_IMPORT, "import") X(KW_IN, "in") X(KW_IS, "is") \
    X(KW_LAMBDA, "lambda") X(KW_NONLOCAL, "nonlocal") X(KW_NOT, "not") X(KW_OR, "or") \
    X(KW_PASS, "pass") X(KW_RAISE, "raise") X(KW_RETURN, "return") X(KW_TRY, "try") \
    X(KW_WHILE, "while") X(KW_WITH, "with") X(KW_YIELD, "yield")

typedef enum {
#define GP__TOK_ENUM(n, s) GP_TOK_##n,
    GP_TOKENS(GP__TOK_ENUM)
#undef GP__TOK_ENUM
    GP_TOK__COUNT
} gp_tok_type;

#define GP_TOK_FIRST_KW GP_TOK_KW_FALSE

typedef struct gp_token {
    int type;
    int len;                    /* bytes from start */
    const char *start;          /* into the (normalised) source */
    int lineno, col, end_lineno, end_col;   /* col in UTF-8 bytes, 0-based */
} gp_token;

/* A lexer error: kept aside and reported when the parser reaches the
 * ERRORTOKEN that ends the token array (or earlier, see parser.c). */
typedef struct gp_lex_result {
    gp_token *toks;
    int ntoks;                  /* the last is ENDMARKER or ERRORTOKEN */
    const char *src;            /* normalised copy: \r\n -> \n, NUL-terminated */
    size_t srclen;
    bool has_error;
    bool eof_in_paren;          /* error is "'(' was never closed" style */
    bool at_eof;                /* the error is running out of input */
    bool quiet;                 /* an error CPython's tokenizer reports only when the
                                   parser reaches it (indentation, EOF, line
                                   continuation): it never overrides a parser error */
    int eof_paren_line, eof_paren_col;   /* the innermost unclosed bracket */
    gp_syntax_error err;        /* filled when has_error */
} gp_lex_result;

/* Tokenizes src into res: the source copy lives in the arena, the token
 * array is malloc'd (free it with gp_lex_free). Returns false only on OOM. */
bool gp_lex_source(gp_arena *arena, const char *src, size_t len, gp_lex_result *res);
void gp_lex_free(gp_lex_result *res);
/* lex_source.c: BOM, coding cookie, newlines, NUL and UTF-8 checks.
 * Returns 0 (ok), 1 (err filled; *out still usable) or -1 (out of memory). */
int gp_lex_decode_source(gp_arena *arena, const char *src, size_t len, const char **out,
                         size_t *outlen, gp_syntax_error *err);
/* arena.c: like gp_arena_alloc but not zeroed */
void *gp_arena_alloc_raw(gp_arena *a, size_t n);
const char *gp_lex_token_name(int type);

/* Fills err->text with the source line `lineno` (malloc'd) of src. */
void gp_lex_set_error_text(gp_syntax_error *err, const char *src, size_t len, int lineno);
/* Number of UTF-8 characters in [s, s+n). */
int gp_lex_char_count(const char *s, size_t n);

#endif
