# dataclasses: fields, defaults, default_factory, __post_init__, repr/eq.
from dataclasses import dataclass, field, fields, MISSING

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)

    def total(self):
        return self.price * self.qty

a = Item("pen", 1.5)
b = Item("pen", 1.5, 1, [], secret="different")
print(a, a.total())
print(a == b, a != b, a == ("pen", 1.5))
a.tags.append("office")
print(a.tags, b.tags, Item("x", 1).tags)
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Item)])
print(fields(Item)[3].default is MISSING, fields(Item)[4].repr, Item.__dataclass_fields__["qty"].default)
print(Item.__init__.__name__, Item.__hash__)

# Mutable defaults are rejected.
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

# Non-default after default.
try:
    @dataclass
    class Order:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)

# __post_init__ and init=False fields.
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h

print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    Rect(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# Inheritance adds fields after the parent's.
@dataclass
class Base:
    x: int
    y: int = 0

@dataclass
class Derived(Base):
    z: int = 5

print(Derived(1), Derived(1, 2, 3), [f.name for f in fields(Derived)])

# Class variables without annotations are not fields; ClassVar neither.
from typing import ClassVar

@dataclass
class Counter:
    count: int = 0
    label = "not a field"
    instances: ClassVar[int] = 0

print(Counter(), [f.name for f in fields(Counter)], Counter.instances)

# Keyword-only fields (3.10+).
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1

print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)

# repr=False and eq=False.
@dataclass(repr=False, eq=False)
class Raw:
    v: int

r = Raw(1)
print(r == Raw(1), r == r, "Raw object" in repr(r))
