# __slots__ with multiple inheritance: layout conflicts, empty slots in
# mixins, __dict__ slots, and slots shadowing in subclasses.

class A:
    __slots__ = ("a",)

class B:
    __slots__ = ("b",)

try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# Mixins with empty __slots__ combine with anything.
class Mixin:
    __slots__ = ()

    def describe(self):
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self.names())})"

    def names(self):
        out = []
        for klass in type(self).__mro__:
            out.extend(getattr(klass, "__slots__", ()))
        return [n for n in out if n not in ("__dict__", "__weakref__")]

class Point(Mixin, A):
    __slots__ = ("x", "y")

    def __init__(self, a, x, y):
        self.a, self.x, self.y = a, x, y

pt = Point(0, 1, 2)
print(pt.describe(), hasattr(pt, "__dict__"))

# A subclass repeating a parent's slot name is allowed (wasteful in CPython).
class Again(A):
    __slots__ = ("a", "extra")

g = Again()
g.a = 1
g.extra = 2
print(g.a, g.extra, sorted(Again.__slots__))

# Slots on a subclass of a class with __dict__: instances still have __dict__.
class Free:
    pass

class Partial(Free):
    __slots__ = ("s",)

q = Partial()
q.s = 1
q.other = 2
print(q.s, vars(q))

# __slots__ given as a dict (values are docstrings) or a list.
class Documented:
    __slots__ = {"size": "how big", "color": "what color"}

print(sorted(Documented.__slots__), Documented.size.__doc__ if hasattr(Documented.size, "__doc__") else None)

class Listed:
    __slots__ = ["one", "two"]

l = Listed()
l.one = 1
print(l.one, type(Listed.one).__name__)

# Nonempty slots with variable-size builtins are rejected.
try:
    class BadInt(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)

class OkTuple(tuple):
    __slots__ = ()

print(OkTuple((1, 2)), hasattr(OkTuple(), "__dict__"))
