# `import a.b as c`, `import a.b`, `from a import b`, and how packages,
# submodules and sys.modules relate.
import sys

import pkg_imp.util.numbers as nums
print("nums is the submodule:", nums.__name__)
print("parent bound too:", "pkg_imp" in sys.modules, "pkg_imp" in dir())
print(nums.mean([1, 2, 3, 4]), nums.median([5, 1, 3]))

import pkg_imp.core
print("import a.b binds a:", pkg_imp.__name__, "->", pkg_imp.core.VERSION)
print("same module objects:", pkg_imp.core is sys.modules["pkg_imp.core"],
      pkg_imp.util.numbers is nums)

from pkg_imp import text
from pkg_imp import core as c2
from pkg_imp.util import numbers as n2, KIND
print(text.banner("hi"), c2 is pkg_imp.core, n2 is nums, KIND)

# A subpackage's __init__ re-exported names from numbers via *.
import pkg_imp.util as util
print(util.mean([2, 4]), hasattr(util, "helper"), hasattr(util, "_private"))

# Submodules become attributes of their parent once imported.
print("text attr on package:", hasattr(pkg_imp, "text"))
print("strings attr before import:", hasattr(pkg_imp.util, "strings"))
import pkg_imp.util.strings
print("strings attr after import:", hasattr(pkg_imp.util, "strings"))

# Importing again does not re-run the package __init__.
import pkg_imp
import pkg_imp.core as again
print("core executed once:", pkg_imp.core.LOADS)

# Package vs module attributes.
print(pkg_imp.__package__, pkg_imp.util.__package__, nums.__package__)
print(hasattr(pkg_imp, "__path__"), hasattr(nums, "__path__"))
print(pkg_imp.__spec__.name, nums.__spec__.name, nums.__spec__.parent)
print(nums.__file__.endswith("numbers.py"), pkg_imp.__file__.endswith("__init__.py"))
print(pkg_imp.__doc__)
print(sorted(m for m in sys.modules if m.startswith("pkg_imp")))

# `import a.b.c` inside a function binds only the top-level name locally.
def local_import():
    import pkg_imp.util.numbers
    return [k for k in locals()]


print(local_import())


def local_alias():
    import pkg_imp.util.numbers as mod
    from pkg_imp.util.numbers import median as med
    return sorted(locals()), med([9, 1, 5, 7])


print(local_alias())
