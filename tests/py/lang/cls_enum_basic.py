# enum.Enum: members, iteration, lookup by value and name, aliases,
# methods, unique, comparisons and errors.
from enum import Enum, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color(1), Color["BLUE"], Color["CRIMSON"])
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.GREEN.describe(), Color.default(), type(Color.RED).__name__)
print(isinstance(Color.RED, Color), Color.RED in Color, 1 in [m.value for m in Color])

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)

# Members are singletons compared by identity; no ordering.
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)

# Members are hashable and usable as dict keys.
counts = {Color.RED: 2, Color.BLUE: 5}
print(counts[Color.CRIMSON], sorted(counts, key=lambda c: c.value))

# Members cannot be reassigned or deleted; the class cannot be extended.
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)

# @unique rejects aliases.
try:
    @unique
    class Status(Enum):
        OK = 0
        FINE = 0
except ValueError as e:
    print("ValueError:", e)

# Values of any type, and a functional API.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.radius, Planet((5.976e+24, 6.37814e6)).name)

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3))
Shape = Enum("Shape", [("SQUARE", "sq"), ("ROUND", "rd")])
print(Shape("rd"), Shape.SQUARE.value)

# Enum members in match-like dispatch and in format strings.
def paint(c):
    return {Color.RED: "stop", Color.GREEN: "go"}.get(c, "wait")

print([paint(c) for c in Color], f"{Color.RED}", f"{Color.RED!r}", format(Color.BLUE, ""))
