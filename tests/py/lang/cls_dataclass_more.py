# More dataclass features: slots=True, field metadata, overriding inherited
# defaults, __match_args__ with match, KW_ONLY, compare=False, and
# dataclass instances as dict keys.
from dataclasses import dataclass, field, fields, KW_ONLY, astuple

@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"

p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)

@dataclass
class Column:
    name: str
    width: int = field(default=10, metadata={"unit": "chars"})
    hidden: bool = field(default=False, compare=False, repr=False)

c = Column("id")
f = fields(Column)[1]
print(c, f.metadata["unit"], dict(f.metadata), fields(Column)[0].metadata)
print(Column("id", 10, True) == Column("id", 10, False))

@dataclass
class Base:
    a: int = 1
    b: int = 2

@dataclass
class Child(Base):
    b: int = 20
    c: int = 30

print(Child(), [f.name for f in fields(Child)], Child(5))

@dataclass
class Move:
    x: int
    y: int
    _: KW_ONLY
    speed: float = 1.0
    label: str = ""

m = Move(3, 4, speed=2.5)
print(m, Move.__match_args__)
try:
    Move(1, 2, 3.0)
except TypeError as e:
    print("TypeError:", e)

def describe(obj):
    match obj:
        case Move(0, 0):
            return "stay"
        case Move(x, 0, speed=s) if s > 1:
            return f"fast horizontal {x}"
        case Move(x, y):
            return f"move {x},{y}"
        case _:
            return "unknown"

print([describe(o) for o in (Move(0, 0), Move(5, 0, speed=3), Move(1, 2), "x")])

@dataclass(frozen=True)
class Key:
    group: str
    n: int

table = {Key("a", 1): "first", Key("b", 2): "second"}
print(table[Key("a", 1)], Key("b", 2) in table, sorted(astuple(k) for k in table))

# Default values are shared class attributes; instances get their own.
print(Base.a, Base.b, "a" in Base.__dict__, "a" in vars(Base()))

# A field whose default_factory is a class.
@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    owners: set = field(default_factory=set)

i1, i2 = Inventory(), Inventory()
i1.items["x"] = 1
print(i1, i2, i1 == Inventory({"x": 1}))
