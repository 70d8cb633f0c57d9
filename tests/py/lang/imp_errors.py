# ImportError / ModuleNotFoundError: messages, .name and .path, and what
# a failed import leaves behind.
import re
import sys


def clean(msg):
    return re.sub(r"\(([^()]*/)?([^/()]+\.py)\)$", r"(.../\2)", msg)


attempts = [
    "import no_such_module_xyz",
    "import pkg_imp.no_such_sub",
    "import pkg_imp.core.deeper",
    "from pkg_imp import no_such_name",
    "from pkg_imp.core import _hidden, missing_name",
    "from pkg_imp.util.numbers import nothing",
    "import no_such_pkg.sub",
    "from no_such_pkg import x",
    "from sys import not_in_sys",
]
for src in attempts:
    try:
        exec(src, {})
        print(f"{src}: ok")
    except ImportError as e:
        print(f"{src}\n    {type(e).__name__}: {clean(str(e))}\n    name={e.name!r}")

print(issubclass(ModuleNotFoundError, ImportError))
print("no_such_module_xyz" in sys.modules)

# Raising ImportError by hand with keyword arguments.
err = ImportError("custom message", name="mymod", path="/x/mymod.py")
print(err, err.name, err.path, err.args)
err2 = ModuleNotFoundError("No module named 'q'", name="q")
print(repr(err2), err2.name, err2.path)
try:
    ImportError("m", bogus=1)
except TypeError as e:
    print("TypeError:", e)

# A module that raises during import: the exception propagates unchanged
# and the half-built module is removed from sys.modules.
for attempt in (1, 2):
    try:
        import pkg_imp.broken
    except ValueError as e:
        print(f"attempt {attempt}: ValueError: {e}; in sys.modules:",
              "pkg_imp.broken" in sys.modules)
import pkg_imp.core
print(pkg_imp.core.LOADS)

# __import__ with bad arguments.
for args in (("",), (42,), ("os", None, None, None, -1)):
    try:
        __import__(*args)
    except (TypeError, ValueError) as e:
        print(f"__import__{args}: {type(e).__name__}: {e}")

# Importing a module whose source has a syntax error.
try:
    import mod_syntax_error
except SyntaxError as e:
    print("SyntaxError:", e.msg, "line", e.lineno, e.filename.endswith("mod_syntax_error.py"))

# A try/except ImportError fallback, the usual way optional deps are handled.
try:
    import ujson_not_installed as json_impl
except ImportError:
    import json as json_impl
print(json_impl.__name__, json_impl.dumps({"ok": True}))

# A submodule that exists but fails to import a module of its own: the
# real ModuleNotFoundError comes through, not "cannot import name".
for src in ("from pkg_imp import needs_missing", "import pkg_imp.needs_missing"):
    try:
        exec(src, {})
    except ImportError as e:
        print(f"{src}: {type(e).__name__}: {e} (name={e.name!r})")
