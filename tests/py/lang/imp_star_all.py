# `from m import *` with and without __all__, in a package and a module.

before = set(globals())
from pkg_imp.util.numbers import *
print("from numbers:", sorted(set(globals()) - before - {"before"}))

before = set(globals())
from pkg_imp.noall import *
print("from noall:", sorted(set(globals()) - before - {"before"}))
print(alpha, beta, delta())

# A package's __all__ may name a submodule that is not yet imported:
# import * imports it.
import sys
print("text loaded before *:", "pkg_imp.text" in sys.modules)
before = set(globals())
from pkg_imp import *
print("from pkg_imp:", sorted(set(globals()) - before - {"before"}))
print(VERSION, greet("star"), text.banner("x"))

# A subpackage whose __init__ did `from .numbers import *`.
before = set(globals())
from pkg_imp.util import *
print("from pkg_imp.util:", sorted(set(globals()) - before - {"before"}))

# __all__ listing a missing name fails at import * time.
import types
fake = types.ModuleType("fake_mod")
fake.__all__ = ["present", "absent"]
fake.present = 1
sys.modules["fake_mod"] = fake
try:
    exec("from fake_mod import *", {})
except AttributeError as e:
    print("AttributeError:", e)

# __all__ must hold strings.
fake.__all__ = ["present", 3]
try:
    exec("from fake_mod import *", {})
except TypeError as e:
    print("TypeError:", e)

fake.__all__ = ("present",)
ns = {}
exec("from fake_mod import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))

# import * is only allowed at module level.
try:
    compile("def f():\n    from os import *\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
del sys.modules["fake_mod"]
