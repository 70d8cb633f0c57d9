"""A small package used by the imp_* tests."""
print("pkg_imp: running __init__ as", __name__)

from .core import VERSION, greet

__all__ = ["VERSION", "greet", "text"]
