# dataclasses: order=True, frozen=True, hashing, unsafe_hash.
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, "x"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(1, 2)
print(p, p.moved(1, 1), hash(p) == hash((1, 2)), {p, Point(1, 2)} == {p})
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, issubclass(FrozenInstanceError, AttributeError))

# Frozen with __post_init__ has to use object.__setattr__.
@dataclass(frozen=True)
class Circle:
    r: float
    area: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "area", round(3.14159 * self.r ** 2, 2))

print(Circle(2))

# Hashability rules: eq=True and frozen=False -> __hash__ = None.
@dataclass
class Mutable:
    v: int

@dataclass(unsafe_hash=True)
class Forced:
    v: int

@dataclass(eq=False)
class Identity:
    v: int

print(Mutable.__hash__, hash(Forced(3)) == hash((3,)), Identity(1) == Identity(1))
try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)

# Frozen inheritance must be consistent.
try:
    @dataclass
    class Thawed(Point):
        z: float = 0
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Point3(Point):
    z: float = 0

print(Point3(1, 2, 3), Point3(1, 2) == Point(1, 2))

# order on dataclasses with different classes.
@dataclass(order=True)
class Other:
    major: int
    minor: int = 0

try:
    Version(1) < Other(2)
except TypeError as e:
    print("TypeError:", e)
