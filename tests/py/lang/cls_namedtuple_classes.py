# Classes built on tuples: typing.NamedTuple with methods, defaults and an
# own __repr__, collections.namedtuple subclasses with properties, and the
# argument errors of their generated constructors.
from collections import namedtuple
from typing import NamedTuple

class Point(NamedTuple):
    """A point on the grid."""
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f"P<{self.x},{self.y}>"

p = Point(3, -4)
print(p, p.norm(), p._asdict(), p._replace(y=1), Point._fields, Point._field_defaults, Point(1))
print(isinstance(p, tuple), p == (3, -4), hash(p) == hash((3, -4)), p[0], p.x, Point.__doc__)
x, y = p
print(x, y, type(p).__mro__[1].__name__, sorted([Point(2, 1), Point(1, 5)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)

try:
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)

Pair = namedtuple("Pair", "a b", defaults=[2])

class Pair3(Pair):
    __slots__ = ()

    @property
    def total(self):
        return self.a + self.b

    def __str__(self):
        return f"{self.a}+{self.b}"

q = Pair3(1)
print(q, repr(q), q.total, Pair3._make([5, 6]), q._fields, Pair3(b=7, a=1))

Triple = namedtuple("Triple", ["a", "b", "c"])
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {}), ((1, 2), {"a": 1}), ((1, 2, 3), {"d": 4})]:
    try:
        Triple(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

One = namedtuple("One", "v")
try:
    One(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Named tuples as dict keys and in sets, and their pickling-style reduction.
seen = {Point(1, 2): "a", Point(1, 2): "b"}
print(seen, len({Pair(1), Pair(1, 2)}), p.__getnewargs__())
