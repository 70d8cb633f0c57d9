/*
 * fuzz_compile.c — bytes → compile(source, '<fuzz>', 'exec'), through the
 * interpreter's compile builtin (parser, symbol table, code generator,
 * constant folding), without running the result.
 */
#include "fuzz.h"

static const char fuzz_prelude[] =
    "def fuzz_one(b):\n"
    "    c = compile(b, '<fuzz>', 'exec')\n"
    "    if b[:1] == b'e':\n"
    "        compile(b[1:], '<fuzz>', 'eval')\n";

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    gp_fuzz_interp_start(fuzz_prelude);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    gp_fuzz_interp_start(fuzz_prelude);
    gp_fuzz_call_bytes("fuzz_one", data, size, 2000);
    return 0;
}
