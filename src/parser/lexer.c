/*
 * lexer.c — Python 3.11 tokenizer: UTF-8 source in, an array of tokens out.
 *
 * One pass over a normalised copy of the source (BOM dropped, \r\n and \r
 * turned into \n, NUL-terminated). INDENT/DEDENT come from an indentation
 * stack; newlines inside brackets are dropped (implicit line joining).
 * Numbers are validated here exactly as CPython's tokenizer does, so the
 * error messages and positions match; string literals are only delimited
 * here (strlit.c decodes them). f-strings are one STRING token, as in 3.11.
 *
 * A lexer error does not stop the parser at once: it ends the token array
 * with an ERRORTOKEN and is reported when the parser reaches it, or instead
 * of a later-detected parser error (CPython's rule, see parser.c).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "token.h"

#define LEX_MAXINDENT 100
#define LEX_MAXLEVEL 200

typedef struct lexer {
    gp_arena *arena;
    gp_lex_result *res;
    const char *src, *end, *cur, *line_start;
    int lineno;
    int indent, indstack[LEX_MAXINDENT + 1], altstack[LEX_MAXINDENT + 1];
    int level;
    char parenstack[LEX_MAXLEVEL];
    int parenline[LEX_MAXLEVEL], parencol[LEX_MAXLEVEL];
    bool at_bol, blank_line, done, oom;
    int cap;
} lexer;

static const char *const tok_names[] = {
#define GP__TOK_NAME(n, s) s,
    GP_TOKENS(GP__TOK_NAME)
#undef GP__TOK_NAME
};

const char *gp_lex_token_name(int type)
{
    return type >= 0 && type < GP_TOK__COUNT ? tok_names[type] : "?";
}

int gp_lex_char_count(const char *s, size_t n)
{
    int count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

void gp_lex_set_error_text(gp_syntax_error *err, const char *src, size_t len, int lineno)
{
    free(err->text);
    err->text = NULL;
    if (lineno < 1)
        return;
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return;
        p = nl + 1;
    }
    if (p >= end && lineno > 1)
        return;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p + 1) : (size_t)(end - p);
    err->text = malloc(n + 1);
    if (err->text) {
        memcpy(err->text, p, n);
        err->text[n] = '\0';
    }
}

/* ---- token array ---- */

static gp_token *lex_push(lexer *L, int type, const char *start, const char *stop)
{
    gp_lex_result *r = L->res;
    if (r->ntoks == L->cap) {
        /* malloc'd, not in the arena: tokens die with the parse, the tree lives on */
        int ncap = L->cap ? L->cap * 2 : 256;
        gp_token *nt = realloc(r->toks, sizeof(gp_token) * (size_t)ncap);
        if (!nt) {
            L->done = L->oom = true;
            return NULL;
        }
        r->toks = nt;
        L->cap = ncap;
    }
    gp_token *t = &r->toks[r->ntoks++];
    t->type = type;
    t->start = start;
    t->len = (int)(stop - start);
    t->lineno = L->lineno;
    t->col = (int)(start - L->line_start);
    t->end_lineno = L->lineno;
    t->end_col = (int)(stop - L->line_start);
    return t;
}

/* Records an error at line `lineno`, caret after the characters of
 * [line_start, at) (CPython's tok->cur convention), and ends the stream. */
static void lex_error(lexer *L, const char *type, int lineno, const char *line_start,
                      const char *at, const char *fmt, ...)
{
    gp_syntax_error *e = &L->res->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->type = type;
    e->lineno = lineno;
    e->offset = gp_lex_char_count(line_start, (size_t)(at - line_start));
    e->end_lineno = lineno;
    e->end_offset = e->offset;
    L->res->has_error = true;
    gp_token *t = lex_push(L, GP_TOK_ERRORTOKEN, L->cur, L->cur);
    if (t) {
        t->lineno = t->end_lineno = lineno;
        t->col = t->end_col = (int)(at - line_start);
    }
    L->done = true;
}

static int lex_nextc(lexer *L)
{
    int c = (unsigned char)*L->cur;
    if (c)
        L->cur++;
    return c;
}

static void lex_backup(lexer *L, int c)
{
    if (c)
        L->cur--;
}

/* ---- identifiers and keywords ---- */

static bool is_ident_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_ident_char(int c)
{
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

static int lex_keyword(const char *s, int n)
{
    /* a switch on the first letter, then an exact compare */
#define KW(word, tok) \
    if (n == (int)sizeof(word) - 1 && memcmp(s, word, sizeof(word) - 1) == 0) \
        return tok;
    switch (s[0]) {
    case 'F':
        KW("False", GP_TOK_KW_FALSE)
        break;
    case 'N':
        KW("None", GP_TOK_KW_NONE)
        break;
    case 'T':
        KW("True", GP_TOK_KW_TRUE)
        break;
    case 'a':
        KW("and", GP_TOK_KW_AND)
        KW("as", GP_TOK_KW_AS)
        KW("assert", GP_TOK_KW_ASSERT)
        KW("async", GP_TOK_KW_ASYNC)
        KW("await", GP_TOK_KW_AWAIT)
        break;
    case 'b':
        KW("break", GP_TOK_KW_BREAK)
        break;
    case 'c':
        KW("class", GP_TOK_KW_CLASS)
        KW("continue", GP_TOK_KW_CONTINUE)
        break;
    case 'd':
        KW("def", GP_TOK_KW_DEF)
        KW("del", GP_TOK_KW_DEL)
        break;
    case 'e':
        KW("elif", GP_TOK_KW_ELIF)
        KW("else", GP_TOK_KW_ELSE)
        KW("except", GP_TOK_KW_EXCEPT)
        break;
    case 'f':
        KW("finally", GP_TOK_KW_FINALLY)
        KW("for", GP_TOK_KW_FOR)
        KW("from", GP_TOK_KW_FROM)
        break;
    case 'g':
        KW("global", GP_TOK_KW_GLOBAL)
        break;
    case 'i':
        KW("if", GP_TOK_KW_IF)
        KW("import", GP_TOK_KW_IMPORT)
        KW("in", GP_TOK_KW_IN)
        KW("is", GP_TOK_KW_IS)
        break;
    case 'l':
        KW("lambda", GP_TOK_KW_LAMBDA)
        break;
    case 'n':
        KW("nonlocal", GP_TOK_KW_NONLOCAL)
        KW("not", GP_TOK_KW_NOT)
        break;
    case 'o':
        KW("or", GP_TOK_KW_OR)
        break;
    case 'p':
        KW("pass", GP_TOK_KW_PASS)
        break;
    case 'r':
        KW("raise", GP_TOK_KW_RAISE)
        KW("return", GP_TOK_KW_RETURN)
        break;
    case 't':
        KW("try", GP_TOK_KW_TRY)
        break;
    case 'w':
        KW("while", GP_TOK_KW_WHILE)
        KW("with", GP_TOK_KW_WITH)
        break;
    case 'y':
        KW("yield", GP_TOK_KW_YIELD)
        break;
    }
#undef KW
    return GP_TOK_NAME;
}

/* Decodes one UTF-8 sequence (already validated). */
static unsigned lex_decode_utf8(const unsigned char *s, int *n)
{
    if (s[0] < 0x80) { *n = 1; return s[0]; }
    if (s[0] < 0xE0) { *n = 2; return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); }
    if (s[0] < 0xF0) { *n = 3; return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu); }
    *n = 4;
    return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

/* Without Unicode tables we accept most non-ASCII letters and reject the
 * common symbol and punctuation blocks, which is what users actually mistype. */
static bool lex_valid_ident_cp(unsigned cp)
{
    if (cp < 0x80)
        return true;
    if (cp >= 0x80 && cp <= 0xBF)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7)
        return false;
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
        (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x3003) ||
        (cp >= 0x3008 && cp <= 0x3020) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0x1F000 && cp <= 0x1FAFF))
        return false;
    return true;
}

static bool lex_is_string_prefix(const char *s, int n)
{
    if (n > 2)
        return false;
    bool r = false, b = false, u = false, f = false;
    for (int i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': if (r) return false; r = true; break;
        case 'b': if (b) return false; b = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    if (u && n > 1)
        return false;
    return !(b && f);
}

/* ---- strings ---- */

static void lex_string(lexer *L, const char *start, const char *q)
{
    int quote = *q;
    int start_line = L->lineno;
    const char *start_ls = L->line_start;
    const char *p;
    bool triple = q[1] == quote && q[2] == quote;
    if (triple) {
        p = q + 3;
        for (;;) {
            if (p >= L->end) {
                int det = (p > L->src && p[-1] == '\n') ? L->lineno - 1 : L->lineno;
                if (det < start_line)
                    det = start_line;
                L->cur = start;
                lex_error(L, "SyntaxError", start_line, start_ls, start + 1,
                          "unterminated triple-quoted string literal (detected at line %d)", det);
                L->res->at_eof = true;
                return;
            }
            int c = (unsigned char)*p;
            if (c == '\\' && p + 1 < L->end) {
                if (p[1] == '\n') {
                    L->lineno++;
                    L->line_start = p + 2;
                }
                p += 2;
                continue;
            }
            if (c == '\n') {
                L->lineno++;
                L->line_start = p + 1;
            } else if (c == quote && p[1] == quote && p[2] == quote) {
                p += 3;
                break;
            }
            p++;
        }
    } else {
        p = q + 1;
        for (;;) {
            if (p >= L->end || *p == '\n') {
                /* a final backslash-newline does not start a new line */
                int det = (p >= L->end && p > L->src && p[-1] == '\n') ? L->lineno - 1 : L->lineno;
                L->cur = start;
                lex_error(L, "SyntaxError", start_line, start_ls, start + 1,
                          "unterminated string literal (detected at line %d)", det);
                return;
            }
            int c = (unsigned char)*p;
            if (c == '\\' && p + 1 < L->end) {
                if (p[1] == '\n') {
                    L->lineno++;
                    L->line_start = p + 2;
                }
                p += 2;
                continue;
            }
            p++;
            if (c == quote)
                break;
        }
    }
    gp_token *t = lex_push(L, GP_TOK_STRING, start, p);
    if (t) {
        t->lineno = start_line;
        t->col = (int)(start - start_ls);
    }
    L->cur = p;
}

/* ---- numbers (CPython tokenizer logic, for identical errors) ---- */

static bool lex_lookahead(lexer *L, const char *word)
{
    return strncmp(L->cur, word, strlen(word)) == 0;
}

static bool lex_verify_end_of_number(lexer *L, int c, const char *kind)
{
    /* A literal directly followed by one of these keywords is valid
     * (CPython only warns): 1if x else y. */
    bool r = false;
    switch (c) {
    case 'a': r = lex_lookahead(L, "nd"); break;
    case 'e': r = lex_lookahead(L, "lse"); break;
    case 'f': r = lex_lookahead(L, "or"); break;
    case 'i': r = *L->cur == 'f' || *L->cur == 'n' || *L->cur == 's'; break;
    case 'o': r = lex_lookahead(L, "r"); break;
    case 'n': r = lex_lookahead(L, "ot"); break;
    }
    if (r)
        return true;
    if (is_ident_char(c)) {
        lex_backup(L, c);
        lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur, "invalid %s literal", kind);
        return false;
    }
    return true;
}

static int lex_isdigit(int c) { return c >= '0' && c <= '9'; }
static int lex_isxdigit(int c)
{
    return lex_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Returns the char after the digits, or -1 after an error. */
static int lex_decimal_tail(lexer *L)
{
    int c;
    for (;;) {
        do
            c = lex_nextc(L);
        while (lex_isdigit(c));
        if (c != '_')
            break;
        c = lex_nextc(L);
        if (!lex_isdigit(c)) {
            lex_backup(L, c);
            lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur, "invalid decimal literal");
            return -1;
        }
    }
    return c;
}

static bool lex_radix_digits(lexer *L, int base, const char *kind)
{
    int c = lex_nextc(L);
    do {
        if (c == '_')
            c = lex_nextc(L);
        bool ok = base == 16 ? lex_isxdigit(c) : (c >= '0' && c < '0' + base);
        if (!ok) {
            if (base != 16 && lex_isdigit(c)) {
                lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur,
                          "invalid digit '%c' in %s literal", c, kind);
            } else {
                lex_backup(L, c);
                lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur, "invalid %s literal", kind);
            }
            return false;
        }
        do
            c = lex_nextc(L);
        while (base == 16 ? lex_isxdigit(c) : (c >= '0' && c < '0' + base));
    } while (c == '_');
    if (base != 16 && lex_isdigit(c)) {
        lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur,
                  "invalid digit '%c' in %s literal", c, kind);
        return false;
    }
    if (!lex_verify_end_of_number(L, c, kind))
        return false;
    lex_backup(L, c);
    return true;
}

/* Called with L->cur at the first char of the number ('0'-'9' or '.'). */
static void lex_number(lexer *L)
{
    const char *start = L->cur;
    int c = lex_nextc(L);
    if (c == '.') {
        c = lex_nextc(L);
        goto fraction;
    }
    if (c == '0') {
        c = lex_nextc(L);
        if (c == 'x' || c == 'X') {
            if (!lex_radix_digits(L, 16, "hexadecimal"))
                return;
            goto done;
        }
        if (c == 'o' || c == 'O') {
            if (!lex_radix_digits(L, 8, "octal"))
                return;
            goto done;
        }
        if (c == 'b' || c == 'B') {
            if (!lex_radix_digits(L, 2, "binary"))
                return;
            goto done;
        }
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = lex_nextc(L);
                if (!lex_isdigit(c)) {
                    lex_backup(L, c);
                    lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur, "invalid decimal literal");
                    return;
                }
            }
            if (c != '0')
                break;
            c = lex_nextc(L);
        }
        const char *zeros_end = L->cur;
        if (lex_isdigit(c)) {
            nonzero = true;
            c = lex_decimal_tail(L);
            if (c < 0)
                return;
        }
        if (c == '.') {
            c = lex_nextc(L);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            lex_backup(L, c);
            lex_error(L, "SyntaxError", L->lineno, L->line_start, start + 1,
                      "leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers");
            L->res->err.end_offset = gp_lex_char_count(L->line_start, (size_t)(zeros_end - L->line_start));
            return;
        }
        if (!lex_verify_end_of_number(L, c, "decimal"))
            return;
        lex_backup(L, c);
        goto done;
    }
    lex_backup(L, c);
    c = lex_decimal_tail(L);
    if (c < 0)
        return;
    if (c == '.') {
        c = lex_nextc(L);
fraction:
        if (lex_isdigit(c)) {
            lex_backup(L, c);
            c = lex_decimal_tail(L);
            if (c < 0)
                return;
        }
    }
    if (c == 'e' || c == 'E') {
        int e;
exponent:
        e = c;
        c = lex_nextc(L);
        if (c == '+' || c == '-') {
            c = lex_nextc(L);
            if (!lex_isdigit(c)) {
                lex_backup(L, c);
                lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur, "invalid decimal literal");
                return;
            }
        } else if (!lex_isdigit(c)) {
            lex_backup(L, c);
            if (!lex_verify_end_of_number(L, e, "decimal"))
                return;
            lex_backup(L, e);
            goto done;
        }
        lex_backup(L, c);
        c = lex_decimal_tail(L);
        if (c < 0)
            return;
    }
    if (c == 'j' || c == 'J') {
imaginary:
        c = lex_nextc(L);
        if (!lex_verify_end_of_number(L, c, "imaginary"))
            return;
    } else if (!lex_verify_end_of_number(L, c, "decimal")) {
        return;
    }
    lex_backup(L, c);
done:
    lex_push(L, GP_TOK_NUMBER, start, L->cur);
}

/* ---- operators ---- */

static int lex_operator(const char *p, int *len)
{
    int c0 = p[0], c1 = p[1], c2 = c1 ? p[2] : 0;
    *len = 2;
    switch (c0) {
    case '+': if (c1 == '=') return GP_TOK_PLUSEQUAL; break;
    case '-': if (c1 == '=') return GP_TOK_MINEQUAL; if (c1 == '>') return GP_TOK_RARROW; break;
    case '*':
        if (c1 == '*') { if (c2 == '=') { *len = 3; return GP_TOK_DOUBLESTAREQUAL; } return GP_TOK_DOUBLESTAR; }
        if (c1 == '=') return GP_TOK_STAREQUAL;
        break;
    case '/':
        if (c1 == '/') { if (c2 == '=') { *len = 3; return GP_TOK_DOUBLESLASHEQUAL; } return GP_TOK_DOUBLESLASH; }
        if (c1 == '=') return GP_TOK_SLASHEQUAL;
        break;
    case '<':
        if (c1 == '<') { if (c2 == '=') { *len = 3; return GP_TOK_LEFTSHIFTEQUAL; } return GP_TOK_LEFTSHIFT; }
        if (c1 == '=') return GP_TOK_LESSEQUAL;
        break;
    case '>':
        if (c1 == '>') { if (c2 == '=') { *len = 3; return GP_TOK_RIGHTSHIFTEQUAL; } return GP_TOK_RIGHTSHIFT; }
        if (c1 == '=') return GP_TOK_GREATEREQUAL;
        break;
    case '=': if (c1 == '=') return GP_TOK_EQEQUAL; break;
    case '!': if (c1 == '=') return GP_TOK_NOTEQUAL; break;
    case '%': if (c1 == '=') return GP_TOK_PERCENTEQUAL; break;
    case '&': if (c1 == '=') return GP_TOK_AMPEREQUAL; break;
    case '|': if (c1 == '=') return GP_TOK_VBAREQUAL; break;
    case '^': if (c1 == '=') return GP_TOK_CIRCUMFLEXEQUAL; break;
    case '@': if (c1 == '=') return GP_TOK_ATEQUAL; break;
    case ':': if (c1 == '=') return GP_TOK_COLONEQUAL; break;
    case '.': if (c1 == '.' && c2 == '.') { *len = 3; return GP_TOK_ELLIPSIS; } break;
    }
    *len = 1;
    switch (c0) {
    case '(': return GP_TOK_LPAR;
    case ')': return GP_TOK_RPAR;
    case '[': return GP_TOK_LSQB;
    case ']': return GP_TOK_RSQB;
    case '{': return GP_TOK_LBRACE;
    case '}': return GP_TOK_RBRACE;
    case ':': return GP_TOK_COLON;
    case ',': return GP_TOK_COMMA;
    case ';': return GP_TOK_SEMI;
    case '+': return GP_TOK_PLUS;
    case '-': return GP_TOK_MINUS;
    case '*': return GP_TOK_STAR;
    case '/': return GP_TOK_SLASH;
    case '|': return GP_TOK_VBAR;
    case '&': return GP_TOK_AMPER;
    case '<': return GP_TOK_LESS;
    case '>': return GP_TOK_GREATER;
    case '=': return GP_TOK_EQUAL;
    case '.': return GP_TOK_DOT;
    case '%': return GP_TOK_PERCENT;
    case '~': return GP_TOK_TILDE;
    case '^': return GP_TOK_CIRCUMFLEX;
    case '@': return GP_TOK_AT;
    }
    /* '!', '$', '?', '`': a token no rule accepts, so the parser reports
     * "invalid syntax" at it, as CPython does. */
    return GP_TOK_EXCLAMATION;
}

/* ---- line structure ---- */

static void lex_indentation(lexer *L)
{
    int col = 0, alt = 0;
    const char *q = L->cur;
    for (;; q++) {
        if (*q == ' ') {
            col++;
            alt++;
        } else if (*q == '\t') {
            col = (col / 8 + 1) * 8;
            alt++;
        } else if (*q == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    L->cur = q;
    L->blank_line = *q == '#' || *q == '\n' || q >= L->end;
    if (L->blank_line || L->level > 0)
        return;
    if (col == L->indstack[L->indent]) {
        if (alt != L->altstack[L->indent])
            goto tab_error;
    } else if (col > L->indstack[L->indent]) {
        if (L->indent + 1 >= LEX_MAXINDENT) {
            lex_error(L, "IndentationError", L->lineno, L->line_start, L->line_start + 1,
                      "too many levels of indentation");
            L->res->quiet = true;
            L->res->err.end_offset = 0;
            return;
        }
        if (alt <= L->altstack[L->indent])
            goto tab_error;
        L->indent++;
        L->indstack[L->indent] = col;
        L->altstack[L->indent] = alt;
        lex_push(L, GP_TOK_INDENT, L->line_start, q);
    } else {
        /* A mismatch is reported before any DEDENT, as CPython does. */
        int k = L->indent;
        while (k > 0 && col < L->indstack[k])
            k--;
        if (col != L->indstack[k]) {
            const char *eol = q;
            while (*eol && *eol != '\n')
                eol++;
            lex_error(L, "IndentationError", L->lineno, L->line_start, eol + 1,
                      "unindent does not match any outer indentation level");
            L->res->quiet = true;
            L->res->err.end_offset = -1;
            return;
        }
        while (L->indent > 0 && col < L->indstack[L->indent]) {
            L->indent--;
            gp_token *t = lex_push(L, GP_TOK_DEDENT, q, q);
            /* CPython reports errors at a DEDENT one column to the left */
            if (t)
                t->end_col = --t->col;
        }
        if (col != L->indstack[L->indent]) {
            /* CPython puts the caret after the end of the line */
            const char *eol = q;
            while (*eol && *eol != '\n')
                eol++;
            lex_error(L, "IndentationError", L->lineno, L->line_start, eol + 1,
                      "unindent does not match any outer indentation level");
            L->res->quiet = true;
            L->res->err.end_offset = -1;
            return;
        }
        if (alt != L->altstack[L->indent])
            goto tab_error;
    }
    return;
tab_error:
    lex_error(L, "TabError", L->lineno, L->line_start, L->line_start + 1,
              "inconsistent use of tabs and spaces in indentation");
    L->res->quiet = true;
    L->res->err.end_offset = 0;
}

static void lex_eof(lexer *L)
{
    gp_lex_result *r = L->res;
    if (L->level > 0) {
        int i = L->level - 1;
        const char *ls = L->line_start;
        /* Caret at the unclosed bracket: find its line start. */
        const char *p = L->src;
        for (int l = 1; l < L->parenline[i]; l++) {
            const char *nl = memchr(p, '\n', (size_t)(L->end - p));
            p = nl ? nl + 1 : L->end;
        }
        ls = p;
        r->eof_in_paren = true;
        r->at_eof = true;
        r->eof_paren_line = L->parenline[i];
        r->eof_paren_col = L->parencol[i];
        lex_error(L, "SyntaxError", L->parenline[i], ls, ls + L->parencol[i] + 1,
                  "'%c' was never closed", L->parenstack[i]);
        r->err.end_offset = 0;
        return;
    }
    /* The implicit NEWLINE at the end of a last line without one. */
    if (r->ntoks > 0 && r->toks[r->ntoks - 1].type != GP_TOK_NEWLINE)
        lex_push(L, GP_TOK_NEWLINE, L->cur, L->cur);
    /* CPython puts the end marker on the last line, after its text. */
    int lineno = L->lineno;
    const char *ls = L->line_start;
    if (L->cur == L->line_start && L->cur > L->src) {
        lineno--;
        ls = L->cur - 1;
        while (ls > L->src && ls[-1] != '\n')
            ls--;
    }
    while (L->indent > 0) {
        L->indent--;
        gp_token *t = lex_push(L, GP_TOK_DEDENT, L->cur, L->cur);
        if (t) {
            t->lineno = t->end_lineno = lineno;
            t->col = t->end_col = (int)(L->cur - ls - (L->cur > ls && L->cur[-1] == '\n'));
        }
    }
    gp_token *t = lex_push(L, GP_TOK_ENDMARKER, L->cur, L->cur);
    if (t) {
        t->lineno = t->end_lineno = lineno < 1 ? 1 : lineno;
        t->col = t->end_col = (int)(L->cur - ls - (L->cur > ls && L->cur[-1] == '\n'));
    }
    L->done = true;
}

static void lex_one(lexer *L)
{
    if (L->at_bol) {
        L->at_bol = false;
        lex_indentation(L);
        if (L->done)
            return;
    }
    const char *comment = NULL;
again:
    while (*L->cur == ' ' || *L->cur == '\t' || *L->cur == '\f')
        L->cur++;
    if (*L->cur == '#') {
        comment = L->cur;
        const char *nl = memchr(L->cur, '\n', (size_t)(L->end - L->cur));
        L->cur = nl ? nl : L->end;
    }
    const char *s = L->cur;
    if (s >= L->end) {
        lex_eof(L);
        return;
    }
    int c = (unsigned char)*s;
    if (c == '\n') {
        L->cur++;
        if (L->level > 0 || L->blank_line) {
            L->lineno++;
            L->line_start = L->cur;
            if (L->blank_line) {
                L->at_bol = true;
            } else {
                comment = NULL;
                goto again;
            }
            return;
        }
        /* After a comment CPython's NEWLINE starts where the comment did. */
        /* zero width, as CPython reports it */
        lex_push(L, GP_TOK_NEWLINE, comment ? comment : s, comment ? comment : s);
        L->lineno++;
        L->line_start = L->cur;
        L->at_bol = true;
        return;
    }
    if (c == '\\') {
        if (s + 1 >= L->end) {
            lex_error(L, "SyntaxError", L->lineno, L->line_start, s + 2, "unexpected EOF while parsing");
            L->res->quiet = true;
            L->res->at_eof = true;
            L->res->err.end_offset = -1;
            return;
        }
        if (s[1] == '\n') {
            if (s + 2 >= L->end) {
                lex_error(L, "SyntaxError", L->lineno, L->line_start, s + 2, "unexpected EOF while parsing");
                L->res->quiet = true;
                L->res->at_eof = true;
                L->res->err.end_offset = -1;
                return;
            }
            L->cur = s + 2;
            L->lineno++;
            L->line_start = L->cur;
            goto again;
        }
        lex_error(L, "SyntaxError", L->lineno, L->line_start, s + 2,
                  "unexpected character after line continuation character");
        L->res->quiet = true;
        L->res->err.end_offset = 0;
        return;
    }
    if (is_ident_start(c)) {
        const char *p = s;
        while (is_ident_char((unsigned char)*p)) {
            if ((unsigned char)*p >= 0x80) {
                int n;
                unsigned cp = lex_decode_utf8((const unsigned char *)p, &n);
                if (!lex_valid_ident_cp(cp)) {
                    if (p > s)
                        break;
                    L->cur = p + n;
                    lex_error(L, "SyntaxError", L->lineno, L->line_start, p + 1,
                              "invalid character '%.*s' (U+%04X)", n, p, cp);
                    return;
                }
                p += n;
            } else {
                p++;
            }
        }
        if ((*p == '\'' || *p == '"') && lex_is_string_prefix(s, (int)(p - s))) {
            lex_string(L, s, p);
            return;
        }
        L->cur = p;
        lex_push(L, lex_keyword(s, (int)(p - s)), s, p);
        return;
    }
    if ((c >= '0' && c <= '9') || (c == '.' && s[1] >= '0' && s[1] <= '9')) {
        lex_number(L);
        return;
    }
    if (c == '\'' || c == '"') {
        lex_string(L, s, s);
        return;
    }
    int len, type = lex_operator(s, &len);
    L->cur = s + len;
    if (type == GP_TOK_LPAR || type == GP_TOK_LSQB || type == GP_TOK_LBRACE) {
        if (L->level >= LEX_MAXLEVEL) {
            lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur, "too many nested parentheses");
            return;
        }
        L->parenstack[L->level] = (char)c;
        L->parenline[L->level] = L->lineno;
        L->parencol[L->level] = (int)(s - L->line_start);
        L->level++;
    } else if (type == GP_TOK_RPAR || type == GP_TOK_RSQB || type == GP_TOK_RBRACE) {
        if (L->level == 0) {
            lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur, "unmatched '%c'", c);
            return;
        }
        int open = L->parenstack[L->level - 1];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            if (L->parenline[L->level - 1] != L->lineno)
                lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur,
                          "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                          c, open, L->parenline[L->level - 1]);
            else
                lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur,
                          "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            return;
        }
        L->level--;
    } else if (type == GP_TOK_EXCLAMATION && c >= 0x80) {
        /* not reached: non-ASCII goes through the identifier path */
    } else if (type == GP_TOK_EXCLAMATION && (c < 32 || c == 127) && c != '\f') {
        lex_error(L, "SyntaxError", L->lineno, L->line_start, L->cur,
                  "invalid non-printable character U+%04X", c);
        return;
    }
    lex_push(L, type, s, L->cur);
}

/* ---- source checks and normalisation ---- */

static bool lex_prepare(lexer *L, const char *src, size_t len)
{
    gp_lex_result *r = L->res;
    const char *text;
    size_t n;
    int rc = gp_lex_decode_source(L->arena, src, len, &text, &n, &r->err);
    if (rc < 0)
        return false;
    /* About one token per 4 bytes of source: one allocation for most files. */
    L->cap = (int)(n / 4 < 1 << 24 ? n / 4 : 1 << 24) + 64;
    r->toks = malloc(sizeof(gp_token) * (size_t)L->cap);
    if (!r->toks)
        return false;
    r->src = text;
    r->srclen = n;
    L->src = L->cur = L->line_start = text;
    L->end = text + n;
    L->lineno = 1;
    L->at_bol = true;
    if (rc > 0) {
        r->has_error = true;
        lex_push(L, GP_TOK_ERRORTOKEN, text, text);
    }
    return true;
}

void gp_lex_free(gp_lex_result *res)
{
    free(res->toks);
    res->toks = NULL;
    res->ntoks = 0;
}

bool gp_lex_source(gp_arena *arena, const char *src, size_t len, gp_lex_result *res)
{
    memset(res, 0, sizeof *res);
    lexer *L = calloc(1, sizeof *L);
    if (!L)
        return false;
    L->arena = arena;
    L->res = res;
    bool ok = lex_prepare(L, src, len);
    if (ok && !res->has_error) {
        while (!L->done)
            lex_one(L);
        ok = !L->oom;
    }
    free(L);
    return ok && res->toks != NULL;
}
