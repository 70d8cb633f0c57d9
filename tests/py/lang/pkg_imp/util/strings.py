"""Uses parent-relative imports (from .. import ...)."""
from ..core import greet
from ..text import banner
from .. import core
from . import numbers as nums
from .numbers import mean

PUBLIC = "strings"
_internal = 1


def report(values):
    return f"{banner('report')} {greet('util')} mean={mean(values)} median={nums.median(values)} v={core.VERSION}"


def where():
    return __name__, __package__
