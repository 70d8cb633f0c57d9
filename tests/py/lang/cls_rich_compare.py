# Rich comparisons: NotImplemented, reflection, identity fallback, errors.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def _coerce(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return NotImplemented

    def __eq__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts == o

    def __lt__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts < o

    def __le__(self, other):
        o = self._coerce(other)
        return o if o is NotImplemented else self.parts <= o

    __hash__ = None

a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == "1.2", "1.2" == a, a < "2.0", "2.0" > a)
print(sorted([Version("3.0"), b, a, Version("1.2.1")]))
print(max([a, b]), min(a, b))

# > is answered by the reflected __lt__ of the right operand.
print(Version("2") > Version("1"))

# != is derived from __eq__ automatically.
print(a != Version("1.2"))

# Unsupported comparisons raise TypeError with both type names.
for op, fn in [("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)]:
    try:
        fn(a, 3)
    except TypeError as e:
        print("TypeError:", e)

try:
    a > 3
except TypeError as e:
    print("TypeError:", e)

# == falls back to identity when both sides return NotImplemented.
print(a == 3, a != 3, 3 == a)

class Plain:
    pass

p = Plain()
print(p == p, p == Plain(), p != p)
try:
    p < p
except TypeError as e:
    print("TypeError:", e)

# A subclass that overrides the reflected method is tried first.
order = []

class Left:
    def __lt__(self, other):
        order.append("Left.__lt__")
        return NotImplemented

    def __gt__(self, other):
        order.append("Left.__gt__")
        return True

class Right(Left):
    def __gt__(self, other):
        order.append("Right.__gt__")
        return "right wins"

print(Left() < Right())
print(order)

# Comparison results need not be bool.
class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __eq__(self, other):
        return [x == y for x, y in zip(self.xs, other.xs)]

print(Vec(1, 2, 3) == Vec(1, 0, 3))
print(bool(Vec(1) == Vec(2)))

# Chained comparisons call each operator once.
print(Version("1.0") < Version("1.5") < Version("2.0"))
print(Version("1.0") < Version("3.0") < Version("2.0"))
