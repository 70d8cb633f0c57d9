# __hash__ and __eq__: defining __eq__ makes a class unhashable.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

print(Point.__hash__)
try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)

try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)

try:
    {Point(1, 2): "a"}
except TypeError as e:
    print("TypeError:", e)

# Restoring hashability.
class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))

s = {HPoint(1, 2), HPoint(1, 2), HPoint(2, 1)}
print(len(s), HPoint(1, 2) in s, Point(1, 2) == HPoint(1, 2))

# A subclass that only overrides __eq__ becomes unhashable again.
class Again(HPoint):
    def __eq__(self, other):
        return False

print(Again.__hash__)

# Explicit __hash__ = None on a class without __eq__.
class NoHash:
    __hash__ = None

try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

from collections.abc import Hashable
print(isinstance(NoHash(), Hashable), isinstance(HPoint(0, 0), Hashable), isinstance(Point(0, 0), Hashable))

# Default: hash is identity based, eq is identity.
class Ident:
    pass

i = Ident()
print(hash(i) == hash(i), i == i, i == Ident(), len({i, i, Ident()}))

# Inheriting __eq__ and __hash__ together from a parent.
class Child(HPoint):
    pass

print(hash(Child(3, 4)) == hash((3, 4)), Child(3, 4) == HPoint(3, 4))

# __hash__ must return an int; large ints are reduced.
class BadHash:
    def __hash__(self):
        return "nope"

try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

class BigHash:
    def __hash__(self):
        return 2 ** 100

print(hash(BigHash()) == hash(2 ** 100))

# dict lookups use __hash__ then __eq__.
calls = []

class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        calls.append("hash")
        return 1

    def __eq__(self, other):
        calls.append("eq")
        return self.k == other.k

d = {Key("a"): 1}
print(d[Key("a")], calls)
calls.clear()
d[Key("b")] = 2
print(len(d), calls)
