"""Shapes package."""
print("pkg_shapes init")
from .circle import Circle
from . import square as square_mod
VERSION = "1.0"
