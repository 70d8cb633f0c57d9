# Namespace packages (PEP 420): directories without __init__.py, possibly
# spread over several sys.path entries, and how they rank against
# regular modules and packages.
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))


def rel(path):
    return os.path.relpath(path, here)


# Two portions of pkg_ns: one beside this script, one in another directory.
sys.path.append(os.path.join(here, "pkg_imp", "extra"))
import pkg_ns
print(type(pkg_ns).__name__, pkg_ns.__name__, pkg_ns.__file__, pkg_ns.__package__)
print("portions:", [rel(p) for p in pkg_ns.__path__])
print("spec origin:", pkg_ns.__spec__.origin, "| locations:",
      [rel(p) for p in pkg_ns.__spec__.submodule_search_locations])

import pkg_ns.first
from pkg_ns import second
print(pkg_ns.first.NAME, "|", second.NAME, "|", second.__package__)
print(sorted(m for m in sys.modules if m.startswith("pkg_ns")))

# A namespace package nested in a regular package.
import pkg_imp.extra
from pkg_imp.extra import plugin_alpha
print(pkg_imp.extra.__file__, [rel(p) for p in pkg_imp.extra.__path__], plugin_alpha.PLUGIN)

# In one directory a module file wins over a directory of the same name.
import mod_nsclash
print(mod_nsclash.KIND, hasattr(mod_nsclash, "__path__"), mod_nsclash.__file__.endswith(".py"))

# find_spec sees namespace packages too, without importing anything new.
spec = importlib.util.find_spec("pkg_imp.util")
print(spec.name, spec.origin.endswith("__init__.py"), [rel(p) for p in spec.submodule_search_locations])
print(importlib.util.find_spec("pkg_ns").origin)

# A missing submodule of a namespace package.
try:
    import pkg_ns.third
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.path.pop()
