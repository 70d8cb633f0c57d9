# importlib.import_module, importlib.reload, __import__ with fromlist, and
# loading plugins by name.
import importlib
import sys

core = importlib.import_module("pkg_imp.core")
print(core.__name__, core.VERSION, core is sys.modules["pkg_imp.core"])

nums = importlib.import_module("pkg_imp.util.numbers")
print("import_module returns the leaf:", nums.__name__)
top = __import__("pkg_imp.util.numbers")
print("__import__ returns the top:", top.__name__)
leaf = __import__("pkg_imp.util.numbers", fromlist=["mean"])
print("__import__ with fromlist returns the leaf:", leaf.__name__)
pkg = __import__("pkg_imp", fromlist=["text"])
print("fromlist imports a submodule:", pkg.text.__name__)
print(__import__("json").__name__, importlib.import_module("collections.abc").__name__)

# A plugin registry loaded from a list of dotted names.
PLUGINS = ["pkg_imp.text:banner", "pkg_imp.util.numbers:median", "pkg_imp.core:greet",
           "pkg_imp.nothing:x", "pkg_imp.core:absent"]
loaded = {}
for spec in PLUGINS:
    mod_name, _, attr = spec.partition(":")
    try:
        loaded[spec] = getattr(importlib.import_module(mod_name), attr)
    except ModuleNotFoundError as e:
        print(f"skip {spec}: {e}")
    except AttributeError as e:
        print(f"skip {spec}: {e}")
print(sorted(loaded))
print(loaded["pkg_imp.text:banner"]("p"), loaded["pkg_imp.util.numbers:median"]([4, 1, 3, 2]))

# reload re-executes the module in the same module object.
import pkg_imp.counter as counter
obj_before = counter
runs_before = counter.RUNS
counter.EXTRA = "kept across reload"
reloaded = importlib.reload(counter)
print("reload:", runs_before, "->", reloaded.RUNS, reloaded is obj_before, reloaded.EXTRA)

try:
    importlib.reload("pkg_imp.counter")
except TypeError as e:
    print("TypeError:", e)

for bad in ("", "no_such_thing"):
    try:
        importlib.import_module(bad)
    except (ValueError, ImportError, TypeError) as e:
        print(f"import_module({bad!r}): {type(e).__name__}: {e}")

# invalidate_caches exists and returns None; find_spec says where a module is.
print(importlib.invalidate_caches())
import importlib.util
spec = importlib.util.find_spec("pkg_imp.text")
print(spec.name, spec.parent, spec.origin.endswith("text.py"))
print(importlib.util.find_spec("surely_not_a_module"))

# Loading a file as a module by hand: spec_from_file_location,
# module_from_spec, and the loader's exec_module.
import os
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("dyn_plugin", os.path.join(here, "pkg_imp", "extra", "plugin_alpha.py"))
print(spec.name, spec.origin.endswith("plugin_alpha.py"), repr(spec.parent), spec.has_location,
      spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
print("dyn_plugin" in sys.modules, mod.__name__, mod.__file__.endswith(".py"), hasattr(mod, "PLUGIN"))
spec.loader.exec_module(mod)
print(mod.PLUGIN, "|", mod.__doc__)

# Modules loaded from files carry their loader.
core = importlib.import_module("pkg_imp.core")
print(type(core.__loader__).__name__, core.__loader__.get_filename().endswith("core.py"),
      core.__spec__.loader is core.__loader__)
print(core.__loader__.get_source("pkg_imp.core").splitlines()[0])
print(core.__loader__.is_package("pkg_imp.core"), sys.modules["pkg_imp"].__loader__.is_package("pkg_imp"))
