# Relative imports: from . import x, from .mod import name, from .. import
# x, from ..mod import name; __package__ and __name__ inside a package.
from pkg_imp.util import strings

print(strings.report([3, 1, 2, 10]))
print(strings.where())
print(strings.greet("rel"), strings.core.VERSION, strings.nums.__name__)
print(strings.banner is __import__("pkg_imp.text").text.banner)

from pkg_imp import text
print(text.shout("bo"), text._core.__name__, text.VERSION)

# Relative imports inside the running script are an ImportError: the
# script is __main__, not part of a package.
print("script:", __name__, repr(__package__))
for src in ("from . import core", "from .core import VERSION", "from .. import x"):
    try:
        exec(src, {"__name__": "__main__", "__package__": None})
    except ImportError as e:
        print(f"{src!r}: {type(e).__name__}: {e}")

# Going above the top-level package is an error too.
for src, pkg in (("from ... import core", "pkg_imp.util"),
                 ("from .. import core", "pkg_imp")):
    try:
        exec(src, {"__name__": pkg + ".fake", "__package__": pkg})
    except ImportError as e:
        print(f"{src!r} in {pkg}: {e}")

# With __package__ set, relative imports work from exec'd code.
ns = {"__name__": "pkg_imp.util.fake", "__package__": "pkg_imp.util"}
exec("from ..core import greet\nfrom . import numbers\nfrom .numbers import mean", ns)
print(ns["greet"]("exec"), ns["numbers"].__name__, ns["mean"]([1, 2]))

# A relative import of a missing name.
try:
    exec("from .numbers import nothing_here", {"__name__": "pkg_imp.util.x", "__package__": "pkg_imp.util"})
except ImportError as e:
    print("ImportError name:", e.name, "| msg starts:", str(e).split(" (")[0])

# importlib.import_module with a package anchor.
import importlib
m = importlib.import_module(".numbers", "pkg_imp.util")
m2 = importlib.import_module("..text", "pkg_imp.util")
print(m.__name__, m2.__name__)
try:
    importlib.import_module(".numbers")
except TypeError as e:
    print("TypeError:", e)
