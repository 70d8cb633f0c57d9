# __slots__: no __dict__, error messages, inheritance and conflicts.

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)

del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 9
print(p.y, hasattr(p, "__dict__"), hasattr(p, "__weakref__"))

print(type(Point.x).__name__, Point.__slots__)

# A subclass without __slots__ gets a __dict__ again.
class Point3(Point):
    pass

q = Point3(1, 2)
q.z = 3
print(q.z, vars(q))

# A subclass with its own slots adds to the parent's.
class Named(Point):
    __slots__ = ("name",)

n = Named(0, 0)
n.name = "origin"
print(n.name, n.x)
try:
    n.other = 1
except AttributeError as e:
    print("AttributeError:", e)

# '__dict__' in __slots__ allows arbitrary attributes.
class Flexible:
    __slots__ = ("a", "__dict__")

f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.__dict__)

# A slot name that is also a class attribute is rejected.
try:
    class Clash:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)

# A single string is a single slot.
class One:
    __slots__ = "only"

o = One()
o.only = "yes"
print(o.only, One.__slots__)

# Slots are not shared between instances; uninitialised slots raise.
a, b = Point(1, 1), Point(2, 2)
a.x = 10
print(a.x, b.x)
empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print("AttributeError:", e)

# Invalid slot names.
try:
    class BadName:
        __slots__ = ("1abc",)
except TypeError as e:
    print("TypeError:", e)
