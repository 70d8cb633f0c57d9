try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import mod_broken
except ValueError as e:
    print("ValueError:", e)
import sys
print("mod_broken" in sys.modules)
try:
    import mod_syntax_error
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.endswith("mod_syntax_error.py"))
print(issubclass(ModuleNotFoundError, ImportError))
