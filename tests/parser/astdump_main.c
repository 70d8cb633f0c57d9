/*
 * astdump_main.c — gp_astdump FILE: prints gp_ast_dump() of a Python file,
 * or "TYPE: msg (line L, offset O)" for a syntax error. The parser's tests
 * compare this with python3's ast.dump(ast.parse(...)) / compile().
 *
 *   --attrs        include locations (ast.dump(include_attributes=True))
 *   --eval         parse in "eval" mode
 *   --single       parse in "single" (interactive) mode
 *   --end          also print the error's end position
 *   --time N       parse N times and print the time (a quick benchmark)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "ast.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    bool attrs = false, ends = false;
    gp_mod_kind mode = GP_MOD_MODULE;
    int times = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--attrs") == 0)
            attrs = true;
        else if (strcmp(argv[i], "--eval") == 0)
            mode = GP_MOD_EXPRESSION;
        else if (strcmp(argv[i], "--end") == 0)
            ends = true;
        else if (strcmp(argv[i], "--single") == 0)
            mode = GP_MOD_INTERACTIVE;
        else if (strcmp(argv[i], "--time") == 0 && i + 1 < argc)
            times = atoi(argv[++i]);
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: gp_astdump [--attrs] [--eval|--single] [--time N] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        perror(path);
        return 2;
    }
    if (times > 0) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int i = 0; i < times; i++) {
            gp_arena *a = gp_arena_new();
            gp_syntax_error err;
            gp_parse(a, src, len, path, mode, &err);
            gp_syntax_error_clear(&err);
            gp_arena_free(a);
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double dt = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        printf("%d parses in %.3f s: %.1f us each, %.1f MB/s\n", times, dt, dt / times * 1e6,
               (double)len * times / dt / 1e6);
        free(src);
        return 0;
    }
    gp_arena *arena = gp_arena_new();
    gp_syntax_error err;
    gp_mod *mod = gp_parse(arena, src, len, path, mode, &err);
    int rc = 0;
    if (!mod) {
        if (ends)
            printf("%s: %s (line %d, offset %d, end %d:%d)%s\n", err.type ? err.type : "?", err.msg,
                   err.lineno, err.offset, err.end_lineno, err.end_offset,
                   err.incomplete ? " [incomplete]" : "");
        else
            printf("%s: %s (line %d, offset %d)\n", err.type ? err.type : "?", err.msg, err.lineno,
                   err.offset);
        rc = 1;
    } else {
        char *s = attrs ? gp_ast_dump_attrs(mod) : gp_ast_dump(mod);
        if (s)
            puts(s);
        free(s);
    }
    gp_syntax_error_clear(&err);
    gp_arena_free(arena);
    free(src);
    return rc;
}
