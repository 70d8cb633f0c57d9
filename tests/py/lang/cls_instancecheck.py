# __instancecheck__, __subclasscheck__ and __subclasshook__.
from abc import ABC

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ("quack",)

class Duck:
    def quack(self):
        return "quack"

class Robot:
    def beep(self):
        pass

class RoboDuck(Robot, Duck):
    pass

print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(RoboDuck(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker), issubclass(RoboDuck, Quacker))
print(isinstance(Duck(), (int, Quacker)), issubclass(Robot, (Quacker, Robot)))

# The exact type short-circuits isinstance before __instancecheck__.
calls = []

class Spy(type):
    def __instancecheck__(cls, obj):
        calls.append(type(obj).__name__)
        return False

class Watched(metaclass=Spy):
    pass

print(isinstance(Watched(), Watched), isinstance(5, Watched), calls)

# __subclasshook__ on an ABC.
class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in vars(B) for B in C.__mro__):
                return True
        return NotImplemented

class File:
    def close(self):
        pass

class Pipe(File):
    pass

class Rock:
    pass

print(issubclass(File, Closeable), issubclass(Pipe, Closeable), issubclass(Rock, Closeable))
print(isinstance(Pipe(), Closeable), isinstance(Rock(), Closeable))

# The hook can also say no explicitly.
class NeverMeta(type):
    def __subclasscheck__(cls, sub):
        return False

class Never(metaclass=NeverMeta):
    pass

class Child(Never):
    pass

print(issubclass(Child, Never), isinstance(Child(), Never))

# Result is converted with bool().
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "non-empty"

class T(metaclass=Truthy):
    pass

print(isinstance(1, T))

# Exceptions propagate out of the hooks.
class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("check failed")

class R(metaclass=Raising):
    pass

try:
    isinstance(1, R)
except RuntimeError as e:
    print("RuntimeError:", e)

# except clauses use issubclass semantics on real classes only.
try:
    try:
        raise ValueError("v")
    except (Quacker, ValueError) as e:
        print("caught via tuple:", e)
except TypeError as e:
    print("TypeError:", e)
