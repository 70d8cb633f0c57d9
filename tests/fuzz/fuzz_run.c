/*
 * fuzz_run.c — small programs → compiled and run under a CPU budget of
 * 300 ms (interp.c). The program is run in a fresh namespace with output
 * thrown away. To keep the fuzzer from touching the machine, the builtins
 * that reach outside (open, __import__, input, exit, ...) are removed and
 * inputs that name modules or escape hatches are skipped: `import` always
 * goes to the import system, whatever the builtins say.
 */
#include <string.h>

#include "fuzz.h"

static const char fuzz_prelude[] =
    "import builtins, sys\n"
    "class _Sink:\n"
    "    def write(self, s): return len(s)\n"
    "    def flush(self): pass\n"
    "sys.stdout = sys.stderr = _Sink()\n"
    "for _n in ('open', '__import__', 'input', 'exit', 'quit', 'breakpoint', 'help', 'copyright',\n"
    "           'credits', 'license'):\n"
    "    if hasattr(builtins, _n): delattr(builtins, _n)\n"
    "del builtins, sys\n"
    "def fuzz_one(b):\n"
    "    try:\n"
    "        c = compile(b, '<fuzz>', 'exec')\n"
    "    except Exception:\n"
    "        return\n"
    "    exec(c, {'__name__': '__fuzz__'})\n";

/* Substrings that could reach the file system, the process or modules. */
static const char *const fuzz_banned[] = {
    "import", "__globals__", "__subclasses__", "__builtins__", "__loader__", "__spec__",
    "__code__", "__closure__", "__func__", "__self__", "__module__", "__dict__", "gi_frame", "f_back",
    "f_globals", "tb_frame", "open", "sys", "os.", "exec", "eval", "compile", "globals", "vars",
    "locals", "__reduce", "__class__", "__base", "__mro__", "getattr", "setrecursionlimit",
    "__del__", "**", "<<", "pow", "sleep",
    /* A program that swallows every KeyboardInterrupt in a loop outlives
     * any budget delivered as an interrupt (regress/run/swallow_interrupt.py). */
    "BaseException", "KeyboardInterrupt", "except:", "except :",
};

static int fuzz_allowed(const uint8_t *data, size_t size) {
    for (size_t i = 0; i < sizeof fuzz_banned / sizeof *fuzz_banned; i++)
        if (memmem(data, size, fuzz_banned[i], strlen(fuzz_banned[i]))) return 0;
    return 1;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    gp_fuzz_interp_start(fuzz_prelude);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096 || !fuzz_allowed(data, size)) return -1;
    gp_fuzz_interp_start(fuzz_prelude);
    gp_fuzz_call_bytes("fuzz_one", data, size, 300);
    return 0;
}
