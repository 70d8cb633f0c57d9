# Creating classes with type(name, bases, dict), and type's other faces.

def init(self, x):
    self.x = x

def describe(self):
    return f"{type(self).__name__}(x={self.x})"

Point = type("Point", (), {"__init__": init, "describe": describe, "dims": 2})
p = Point(5)
print(p.describe(), Point.dims, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__bases__, type(Point).__name__)

Point3 = type("Point3", (Point,), {"dims": 3, "z": 0})
q = Point3(1)
print(q.describe(), q.dims, isinstance(q, Point), [c.__name__ for c in Point3.__mro__])

# Equivalent class statement for comparison.
class Same(Point):
    dims = 3

print(Same(2).describe(), Same.__dict__["dims"] == Point3.__dict__["dims"])

# The namespace dict is copied, not shared.
ns = {"a": 1}
K = type("K", (), ns)
ns["a"] = 2
print(K.a, "__dict__" in K.__dict__, "__module__" in K.__dict__)

# type() with one argument returns the type.
print(type(3), type("s"), type(None).__name__, type(type), type(Point))

# Errors.
for args in [("X",), ("X", ()), (1, (), {}), ("X", [], {}), ("X", (), []), ("X", (5,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)

# Keyword arguments in type() go to __init_subclass__.
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

Tagged = type("Tagged", (Base,), {}, tag="t1")
print(Tagged.tag)

# Dynamic methods built in a loop (closing over the loop variable properly).
def make_getter(name):
    def getter(self):
        return f"{name}={getattr(self, '_' + name)}"
    getter.__name__ = "get_" + name
    return getter

fields = ["a", "b"]
Record = type("Record", (), {"get_" + f: make_getter(f) for f in fields})
r = Record()
r._a, r._b = 1, 2
print(r.get_a(), r.get_b(), Record.get_b.__name__)

# __name__ and __qualname__ can be changed.
Record.__name__ = "Renamed"
print(Record.__name__, Record.__qualname__, repr(Record).endswith("Record'>"))
try:
    Record.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

# vars() of a class is a mappingproxy that cannot be assigned to.
try:
    Record.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(Record.__dict__).__name__)
