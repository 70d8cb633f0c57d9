# Reflected operators (__radd__ and friends) and who gets asked first.

trace = []

class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}m"

    def __add__(self, other):
        trace.append("Meters.__add__")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        trace.append("Meters.__radd__")
        return self.__add__(other)

    def __rsub__(self, other):
        trace.append("Meters.__rsub__")
        return Meters(other - self.v)

    def __rtruediv__(self, other):
        return f"{other}/{self.v}"

    def __rpow__(self, other):
        return other ** self.v

    def __rmatmul__(self, other):
        return "rmatmul"

    def __rlshift__(self, other):
        return "rlshift"

print(Meters(2) + 3, 3 + Meters(2), trace)
trace.clear()
print(10 - Meters(4), 1 / Meters(8), 2 ** Meters(5), [1] @ Meters(1), 1 << Meters(1))
print(sum([Meters(1), Meters(2)]))
print(trace)

# A subclass's reflected method is tried before the parent's own method.
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

print(Base() + Derived())
print(Derived() + Base())
print(Base() + Base())

# When the subclass does not override the reflected method, normal order.
class Same(Base):
    pass

print(Base() + Same())

# If __add__ returns NotImplemented the reflected method runs.
class Shy:
    def __add__(self, other):
        return NotImplemented

class Helper:
    def __radd__(self, other):
        return f"Helper.__radd__({type(other).__name__})"

print(Shy() + Helper())

# Reflected methods are not tried for the same type.
class OnlyR:
    def __radd__(self, other):
        return "never"

try:
    OnlyR() + OnlyR()
except TypeError as e:
    print("TypeError:", e)

# Builtins return NotImplemented from their own methods.
print((1).__add__("x"), (1.5).__mul__("a"), (2).__lt__(2.5))
print(int.__radd__(3, 4), (2.0).__rsub__(10))
