# sys.path and sys.modules: the script directory comes first, adding a
# directory makes its modules importable, sys.modules entries are what
# `import` returns, and removing one forces a fresh execution.
import os
import sys
import types

here = os.path.dirname(os.path.abspath(__file__))
print("sys.path[0] is the script directory:", os.path.abspath(sys.path[0]) == here)
print("__main__ in sys.modules:", sys.modules["__main__"].__name__, __name__)
print("main module is this namespace:", vars(sys.modules[__name__]) is globals())

try:
    import plugin_alpha
except ModuleNotFoundError as e:
    print("before sys.path change:", e)
sys.path.append(os.path.join(here, "pkg_imp", "extra"))
import plugin_alpha
print("after sys.path change:", plugin_alpha.PLUGIN, plugin_alpha.__name__)
sys.path.pop()

# Putting any object in sys.modules makes `import` return it.
fake = types.ModuleType("virtual_config", "A module made at run time.")
fake.DEBUG = True
fake.answer = lambda: 42
sys.modules["virtual_config"] = fake
import virtual_config
from virtual_config import DEBUG, answer
print(virtual_config is fake, DEBUG, answer(), virtual_config.__doc__)
print(repr(virtual_config).startswith("<module 'virtual_config'"))


class NotAModule:
    value = "anything can be in sys.modules"


sys.modules["odd_thing"] = NotAModule()
import odd_thing
print(odd_thing.value)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print("ImportError:", e)
for name in ("virtual_config", "odd_thing", "blocked"):
    del sys.modules[name]

# Re-executing a module by removing it from sys.modules.
import pkg_imp.counter as c1
first = c1.RUNS
del sys.modules["pkg_imp.counter"]
import pkg_imp.counter as c2
print("runs:", first, c2.RUNS, "new object:", c1 is not c2)

# Module objects are ordinary objects with a __dict__.
m = types.ModuleType("scratch")
print(sorted(k for k in vars(m)), m.__name__, m.__doc__)
m.x = 1
setattr(m, "y", 2)
print(sorted(k for k in vars(m) if not k.startswith("__")), getattr(m, "z", "no z"))
try:
    m.nope
except AttributeError as e:
    print("AttributeError:", e)
del m.x
print(hasattr(m, "x"), dir(m)[-1])

# Builtin modules are in sys.builtin_module_names or have a file.
print("sys" in sys.builtin_module_names, isinstance(sys.path, list))
