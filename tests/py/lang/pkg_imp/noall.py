"""No __all__: import * takes every name not starting with an underscore."""
import math as _math

alpha = 1
beta = "two"
_gamma = 3


def delta():
    return _math.pi > 3
