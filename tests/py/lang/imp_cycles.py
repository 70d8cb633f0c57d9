# Import cycles: `from .x import name` of a name not yet defined fails
# with CPython's "partially initialized module" message; cycles that only
# use module attributes at call time work.
import re
import sys


def clean(msg):
    # The message ends with the module's file path, which depends on where
    # the tests live: keep only the file name.
    return re.sub(r"\(([^()]*/)?([^/()]+\.py)\)$", r"(.../\2)", msg)


try:
    import pkg_imp.cyc.alpha
except ImportError as e:
    print("ImportError:", clean(str(e)))
    print("name:", e.name, "| path ends:", e.path.endswith("alpha.py"))

print("alpha left in sys.modules:", "pkg_imp.cyc.alpha" in sys.modules)
print("beta left in sys.modules:", "pkg_imp.cyc.beta" in sys.modules)

# Starting from the other side fails symmetrically.
try:
    from pkg_imp.cyc import beta
except ImportError as e:
    print("ImportError:", clean(str(e)))

import pkg_imp.ring.left as left
import pkg_imp.ring.right as right
print(left.partner(), right.partner(), left.right is right, right.left is left)

# The same cycle through the top-level script's helper modules.
import mod_cycle_a
print(mod_cycle_a.from_b())

# A module that imports itself sees its own partial module.
import types
src = "import selfref\nHAS_X_AT_IMPORT = hasattr(selfref, 'X')\nX = 1\n"
mod = types.ModuleType("selfref")
sys.modules["selfref"] = mod
exec(src, mod.__dict__)
print("selfref:", mod.HAS_X_AT_IMPORT, mod.X)
del sys.modules["selfref"]

# The same failure between two top-level modules.
try:
    import mod_imp_cyc_x
except ImportError as e:
    print("ImportError:", clean(str(e)))
print(sorted(m for m in sys.modules if m.startswith("mod_imp_cyc")))

# Reading an attribute of a module that is still running its code.
import mod_imp_attr_a
import mod_imp_attr_b
print("AttributeError:", mod_imp_attr_b.SEEN)
try:
    mod_imp_attr_a.MISSING
except AttributeError as e:
    print("after the import:", e)
