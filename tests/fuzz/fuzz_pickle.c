/*
 * fuzz_pickle.c — bytes → pickle.loads (lib/pickle.py run by gilpy).
 * find_class only hands out a few harmless builtins, so a fuzzed pickle
 * cannot call os.system; everything else in the unpickler is exercised.
 */
#include "fuzz.h"

static const char fuzz_prelude[] =
    "import pickle, io, builtins\n"
    "_reader = getattr(pickle, '_BytesReader', io.BytesIO)  # pickle.loads's own fast reader\n"
    "_ok = {'set', 'frozenset', 'complex', 'bytearray', 'list', 'dict', 'tuple', 'int', 'str',\n"
    "       'bytes', 'slice', 'range', 'float', 'bool', 'object', 'type', 'getattr'}\n"
    "class _U(pickle.Unpickler):\n"
    "    def find_class(self, module, name):\n"
    "        if module in ('builtins', '__builtin__') and name in _ok and name != 'getattr':\n"
    "            return getattr(builtins, name)\n"
    "        raise pickle.UnpicklingError('forbidden %s.%s' % (module, name))\n"
    "def fuzz_one(b):\n"
    "    try:\n"
    "        v = _U(_reader(b)).load()\n"
    "    except Exception:\n"
    "        return\n"
    "    try:\n"
    "        repr(v)\n"
    "        pickle.loads(pickle.dumps(v))\n"
    "    except Exception:\n"
    "        pass\n";

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
