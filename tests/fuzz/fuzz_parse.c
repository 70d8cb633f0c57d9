/*
 * fuzz_parse.c — bytes → lexer and parser (no object system): the input is
 * parsed as a module, and, when its first byte is odd, also as an
 * expression and as interactive input. A syntax error is fine; a crash, a
 * sanitizer report or a tree dump that fails is not.
 */
#include <stdlib.h>

#include "ast.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return 0;
}

static void fuzz_parse_one(const uint8_t *data, size_t size, gp_mod_kind kind) {
    gp_arena *a = gp_arena_new();
    if (!a) return;
    gp_syntax_error err = {0};
    gp_mod *m = gp_parse(a, (const char *)data, size, "<fuzz>", kind, &err);
    if (m) {
        free(gp_ast_dump(m));
        free(gp_ast_dump_attrs(m));
    } else {
        gp_syntax_error_clear(&err);
    }
    gp_arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_parse_one(data, size, GP_MOD_MODULE);
    if (size && (data[0] & 1)) {
        fuzz_parse_one(data, size, GP_MOD_EXPRESSION);
        fuzz_parse_one(data, size, GP_MOD_INTERACTIVE);
    }
    return 0;
}
