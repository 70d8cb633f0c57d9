# In-place operators: __iadd__ and friends, fallback to binary operators,
# and aliasing effects.

class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self

    def __isub__(self, other):
        print("  __isub__")
        self.items = [x for x in self.items if x not in other.items]
        return self

class FrozenBag:
    def __init__(self, items=()):
        self.items = tuple(items)

    def __repr__(self):
        return f"FrozenBag({list(self.items)})"

    def __add__(self, other):
        print("  FrozenBag.__add__")
        return FrozenBag(self.items + tuple(other.items))

b = Bag([1])
alias = b
b += Bag([2, 3])
print(b, alias is b)
b -= Bag([2])
print(b, alias)

f = FrozenBag([1])
falias = f
f += FrozenBag([2])
print(f, falias, falias is f)

# __iadd__ returning NotImplemented falls back to __add__, then __radd__.
class Picky:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        if isinstance(other, Picky):
            self.v += other.v
            return self
        return NotImplemented

    def __add__(self, other):
        return Picky(self.v + other)

    def __repr__(self):
        return f"Picky({self.v})"

p = Picky(1)
p += Picky(2)
print(p)
p += 10
print(p)

# Whatever __iadd__ returns is bound to the name.
class Odd:
    def __iadd__(self, other):
        return "replaced"

o = Odd()
o += 1
print(o)

# In-place on attributes and subscripts evaluates the target once.
class Holder:
    def __init__(self):
        self.bag = Bag()
        self.reads = 0

    def __getattribute__(self, name):
        if name == "bag":
            object.__getattribute__(self, "__dict__")["reads"] += 1
        return object.__getattribute__(self, name)

h = Holder()
h.bag += Bag(["x"])
print(h.bag, h.reads)

d = {"k": Bag()}
d["k"] += Bag([7])
print(d)

# In-place on a tuple element: mutates, then fails to assign.
t = (Bag(), 1)
try:
    t[0] += Bag([5])
except TypeError as e:
    print("TypeError:", e)
print(t[0])

# No in-place or binary method at all.
try:
    x = object()
    x += 1
except TypeError as e:
    print("TypeError:", e)

try:
    n = FrozenBag()
    n -= FrozenBag()
except TypeError as e:
    print("TypeError:", e)
