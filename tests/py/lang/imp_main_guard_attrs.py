# __name__ == "__main__" in the script and in imported modules, module
# attributes, and module-level code that runs exactly once.
import sys

import pkg_imp.mainguard as mg
print("imported module sees its own name:", mg.WHO)

# Running a module's code as __main__ by hand (what `python -m` does).
with open(mg.__file__) as f:
    source = f.read()
namespace = {"__name__": "__main__"}
exec(compile(source, mg.__file__, "exec"), namespace)
print("exec'd as main, WHO =", namespace["WHO"])

# Module attributes: the standard dunders, doc string, file.
import pkg_imp.core as core
print(core.__name__, core.__doc__, core.__file__.endswith("core.py"))
print(core.__spec__.origin == core.__file__, core.__spec__.name, core.__spec__.parent)
print(sorted(n for n in dir(core) if not n.startswith("__")))
print(getattr(core, "_hidden")(), core.greet.__module__, core.greet.__globals__ is vars(core))

# Functions remember the module they were defined in.
def here():
    return __name__


print(here.__module__, here(), core.greet.__module__)


class Local:
    pass


print(Local.__module__, repr(Local).replace("<class '", "").rstrip("'>"))

# Setting attributes on a module from outside; visible to its functions.
core.VERSION = "9.9"
print(core.greet("patched"))
core.VERSION = "1.2.0"

# Globals of a module are its __dict__.
g = vars(core)
print(g["VERSION"], "greet" in g, type(g).__name__)

# The main script's own module object.
main = sys.modules["__main__"]
print(main.here is here, main.__name__, hasattr(main, "__file__"))
print(type(main).__name__, type(core) is type(sys))


def main_func():
    return "main called"


if __name__ == "__main__":
    print(main_func())
else:
    print("not reached when run as a script")
