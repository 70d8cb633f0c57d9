# Introspecting classes and their descriptors: metaclass mro() overrides,
# descriptor objects' names and owners, applying a descriptor to the
# wrong kind of object, __subclasses__, inspect helpers, docstrings.
import inspect

class A:
    """Class A."""

    def method(self):
        """Does nothing."""

class B(A):
    pass

class C(B):
    pass

class Flat(type):
    # drop everything between the class and object
    def mro(cls):
        return [cls, object]

class Odd(C, metaclass=Flat):
    pass

print([k.__name__ for k in Odd.__mro__], isinstance(Odd(), A), issubclass(Odd, A))
print(hasattr(Odd, "method"), [k.__name__ for k in inspect.getmro(C)])

class Reversed(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + default[1:-1][::-1] + [object]

class L1:
    who = "L1"

class L2:
    who = "L2"

class Both(L1, L2, metaclass=Reversed):
    pass

print([k.__name__ for k in Both.__mro__], Both.who)

class Bad(type):
    def mro(cls):
        return [cls, 42]

try:
    class Broken(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

# Descriptor objects know their name and owner.
class Slotted:
    __slots__ = ("x",)

for d in (Slotted.x, A.__dict__["__weakref__"], type.__dict__["__name__"]):
    print(type(d).__name__, d.__name__, d.__objclass__.__name__, repr(d))

# Applying a descriptor to the wrong kind of object is a TypeError.
try:
    Slotted.x.__get__(A())
except TypeError as e:
    print("TypeError:", e)
try:
    type.__dict__["__name__"].__set__(5, "x")
except TypeError as e:
    print("TypeError:", e)
print(type.__dict__["__name__"].__get__(C))

# __subclasses__ lists direct subclasses only.
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])

# inspect helpers.
print(inspect.isclass(A), inspect.isclass(A()), inspect.getdoc(A), inspect.getdoc(A.method))
print([n for n, v in inspect.getmembers(C) if not n.startswith("_")])
print([n for n, v in inspect.getmembers(C(), inspect.ismethod)])
print(A.__doc__, B.__doc__, A.method.__doc__)

# Every object has a size.
print(object.__sizeof__(A()) > 0, A().__sizeof__() == object.__sizeof__(A()))
