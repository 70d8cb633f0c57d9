/*
 * fuzz_json.c — bytes → json.loads (lib/json, Python code run by gilpy),
 * both as bytes (encoding detection) and as text; when it parses, the
 * value is dumped and loaded again and must round-trip.
 */
#include "fuzz.h"

static const char fuzz_prelude[] =
    "import json\n"
    "def fuzz_one(b):\n"
    "    try:\n"
    "        v = json.loads(b)\n"
    "    except (ValueError, RecursionError, TypeError):\n"
    "        v = None\n"
    "    try:\n"
    "        v = json.loads(b.decode('utf-8', 'surrogatepass'))\n"
    "    except (ValueError, RecursionError):\n"
    "        return\n"
    "    try:\n"
    "        s = json.dumps(v)\n"
    "    except (ValueError, RecursionError):\n"
    "        return\n"
    "    w = json.loads(s)\n"
    "    if json.dumps(w) != s:\n"
    "        raise SystemError('json round trip changed the value')\n";

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
