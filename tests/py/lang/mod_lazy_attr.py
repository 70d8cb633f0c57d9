"""Module with a module-level __getattr__ (PEP 562)."""
REAL = "real attribute"

def __getattr__(name):
    if name.startswith("virtual_"):
        return name[len("virtual_"):].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["REAL", "virtual_anything"]
