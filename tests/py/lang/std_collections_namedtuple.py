# collections.namedtuple: fields, defaults, _replace, _asdict, _make.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
print(Point._fields, p._asdict())
p2 = p._replace(y=10)
print(p2, p)
print(Point._make([7, 8]), Point(y=1, x=2))
print(hash(p) == hash((3, 4)))

Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
e = Employee("Ann", "eng")
print(e, Employee._field_defaults)
staff = [Employee("Bob", "ops", 42000), e, Employee("Cid", "eng", 61000)]
for s in sorted(staff, key=lambda s: s.salary):
    print(f"{s.name:4}{s.dept:4}{s.salary:>7}")
print(sum(s.salary for s in staff if s.dept == "eng"))

Color = namedtuple("Color", "red, green, blue")
print(Color(1, 2, 3), Color._fields)
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

v = Vec(1, 2) + Vec(2, 2)
print(v, v.norm, type(v).__name__)
print(Point.__name__, Point.x.__doc__ if hasattr(Point.x, "__doc__") else "")
print(p._asdict() == {"x": 3, "y": 4}, type(p._asdict()).__name__)
print(repr(Point(x=[1], y={"k": 2})))
print(tuple(Point(1, 2)) + (3,), p * 2)
print(max([Point(1, 5), Point(2, 0), Point(1, 9)]))
