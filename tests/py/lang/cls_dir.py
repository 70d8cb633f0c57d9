# dir(): default listing, custom __dir__, and dir of classes and modules.

class Base:
    base_attr = 1

    def base_method(self):
        pass

class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

def public(names):
    return [n for n in names if not n.startswith("_")]

c = Child()
print(public(dir(c)))
print(public(dir(Child)))
print("__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c))
print(dir(c) == sorted(dir(c)))

# dir() on a class does not include metaclass attributes.
print("mro" in dir(Child), "mro" in dir(type))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]

print(dir(Custom()))

# __dir__ may return any iterable; the result is always a sorted list.
class Gen:
    def __dir__(self):
        return (n for n in ("b", "a"))

print(dir(Gen()), type(dir(Gen())).__name__)

class BadDir:
    def __dir__(self):
        return 5

try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)

# A proxy advertising the target's attributes plus its own.
class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __dir__(self):
        return sorted(set(dir(type(self))) | set(dir(self._target)))

p = Proxy([])
print([n for n in dir(p) if n in ("append", "_target", "extend", "__getattr__")])
print("append" in dir(p), p.append is not None)

# dir() with no arguments lists the local scope.
def f():
    x = 1
    y = 2
    return dir()

print(f())

# Slots appear in dir().
class Slotted:
    __slots__ = ("a", "b")

print(public(dir(Slotted())))

# dir() of a module.
import math
print([n for n in dir(math) if n in ("pi", "sqrt", "tau")])
