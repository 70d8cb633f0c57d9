# Simple statements of every kind.
x = 1
x = y = z = 2
a, b = b, a
a, *rest = [1, 2, 3]
(a, b), c = (1, 2), 3
[a, b] = 1, 2
x.attr = 5
x[0] = 6
x[1:2] = [7]
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
x: int
x: int = 5
x.y: str = "s"
x[0]: float
(x): int = 3
del x
del x, y
del x[0], x.a, (a, b), [c, d]
del (x)
pass
assert x
assert x, "message"
global g1
global g1, g2
raise
raise ValueError
raise ValueError("x") from err
raise E from None
import os
import os.path
import os.path as osp, sys as system
from os import path
from os import path as p, sep
from . import sibling
from .. import parent
from ...pkg import mod
from .... import deep
from .mod import (a, b as c,)
from m import *
x = yield_ = 3
print(x); print(y);
i = j = k = None
x = *a, *b
x = 1,
x = a if b else c
