"""Text helpers; uses relative imports of a sibling module."""
from .core import VERSION
from . import core as _core

WIDTH = 20


def banner(title):
    return f"{title} v{VERSION}".center(WIDTH, "=")


def shout(name):
    return _core.greet(name).upper()
