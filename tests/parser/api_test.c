/*
 * api_test.c — the parser's C interface as the compiler and the REPL use
 * it: the three modes, the fields of gp_syntax_error (text, incomplete,
 * positions), the constants' C representation, and parsing from several
 * threads at once (the parser keeps no global state).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"

static int failures;

#define CHECK(cond)                                                               \
    do {                                                                          \
        if (!(cond)) {                                                            \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                           \
        }                                                                         \
    } while (0)

static gp_mod *parse(gp_arena *a, const char *src, gp_mod_kind mode, gp_syntax_error *err)
{
    return gp_parse(a, src, strlen(src), "<test>", mode, err);
}

static void test_modes(void)
{
    gp_arena *a = gp_arena_new();
    gp_syntax_error err;
    gp_mod *m = parse(a, "x = 1\nprint(x)\n", GP_MOD_MODULE, &err);
    CHECK(m && m->kind == GP_MOD_MODULE && m->body.n == 2);
    m = parse(a, "1 + 2", GP_MOD_EXPRESSION, &err);
    CHECK(m && m->kind == GP_MOD_EXPRESSION && m->expr && m->expr->kind == GP_EXPR_BINOP);
    m = parse(a, "if x:\n    y\n", GP_MOD_INTERACTIVE, &err);
    CHECK(m && m->kind == GP_MOD_INTERACTIVE && m->body.n == 1);
    m = gp_parse(a, NULL, 0, "<empty>", GP_MOD_MODULE, &err);
    CHECK(m && m->body.n == 0);
    m = parse(a, "x = 1\ny = 2\n", GP_MOD_INTERACTIVE, &err);
    CHECK(!m && strstr(err.msg, "multiple statements"));
    gp_syntax_error_clear(&err);
    gp_arena_free(a);
}

static void test_errors(void)
{
    gp_arena *a = gp_arena_new();
    gp_syntax_error err;
    CHECK(!parse(a, "x = 1\nif x\n    pass\n", GP_MOD_MODULE, &err));
    CHECK(strcmp(err.type, "SyntaxError") == 0 && strcmp(err.msg, "expected ':'") == 0);
    CHECK(err.lineno == 2 && err.offset == 5);
    CHECK(err.text && strcmp(err.text, "if x\n") == 0);
    CHECK(!err.incomplete);
    gp_syntax_error_clear(&err);

    CHECK(!parse(a, "def f():\n", GP_MOD_MODULE, &err));
    CHECK(strcmp(err.type, "IndentationError") == 0 && err.incomplete);
    gp_syntax_error_clear(&err);

    CHECK(!parse(a, "x = (1,\n", GP_MOD_MODULE, &err));
    CHECK(strcmp(err.msg, "'(' was never closed") == 0 && err.incomplete);
    gp_syntax_error_clear(&err);

    CHECK(!parse(a, "s = 'caf\xc3\xa9' + )\n", GP_MOD_MODULE, &err));
    CHECK(err.offset == 14);   /* characters, not bytes */
    gp_syntax_error_clear(&err);
    gp_arena_free(a);
}

static void test_constants(void)
{
    gp_arena *a = gp_arena_new();
    gp_syntax_error err;
    gp_mod *m = parse(a, "0x_1F, 1_000, 2.5e3, 3j, 'a\\tb', b'\\x00z', u'u'", GP_MOD_EXPRESSION, &err);
    CHECK(m && m->expr->kind == GP_EXPR_TUPLE && m->expr->v.list.elts.n == 7);
    if (m) {
        gp_expr **e = m->expr->v.list.elts.items;
        CHECK(e[0]->v.constant.kind == GP_CONST_INT && strcmp(e[0]->v.constant.text, "0x1F") == 0);
        CHECK(e[1]->v.constant.kind == GP_CONST_INT && strcmp(e[1]->v.constant.text, "1000") == 0);
        CHECK(e[2]->v.constant.kind == GP_CONST_FLOAT && e[2]->v.constant.f == 2500.0);
        CHECK(e[3]->v.constant.kind == GP_CONST_IMAG && e[3]->v.constant.f == 3.0);
        CHECK(e[4]->v.constant.kind == GP_CONST_STR && e[4]->v.constant.len == 3 &&
              memcmp(e[4]->v.constant.text, "a\tb", 3) == 0);
        CHECK(e[5]->v.constant.kind == GP_CONST_BYTES && e[5]->v.constant.len == 2 &&
              e[5]->v.constant.text[0] == 0);
        CHECK(e[6]->v.constant.kind_u);
    }
    gp_arena_free(a);
}

static void *parse_many(void *arg)
{
    const char *src = arg;
    for (int i = 0; i < 200; i++) {
        gp_arena *a = gp_arena_new();
        gp_syntax_error err;
        gp_mod *m = gp_parse(a, src, strlen(src), "<t>", GP_MOD_MODULE, &err);
        char *d = m ? gp_ast_dump(m) : NULL;
        if (!m || !d)
            __atomic_fetch_add(&failures, 1, __ATOMIC_RELAXED);
        free(d);
        gp_syntax_error_clear(&err);
        gp_arena_free(a);
    }
    return NULL;
}

static void test_threads(void)
{
    static const char src[] =
        "def f(a, *b, c=1, **d):\n"
        "    return [x ** 2 for x in b if x] or f'{a!r:>{c}}'\n"
        "class C(Base, metaclass=M):\n"
        "    async def g(self):\n"
        "        async with l as (x, y):\n"
        "            await x\n";
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, parse_many, (void *)src);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    test_modes();
    test_errors();
    test_constants();
    test_threads();
    printf("%s\n", failures ? "FAILED" : "api tests passed");
    return failures != 0;
}
