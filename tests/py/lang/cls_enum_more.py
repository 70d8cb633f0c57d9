# More enum behaviour: StrEnum with auto, members in sets and sorting by
# value, copy and identity, custom __str__, class-level helpers, iteration
# order with aliases, and _value2member_map_-style lookups.
import copy
from enum import Enum, IntEnum, StrEnum, auto

class Suit(StrEnum):
    HEARTS = auto()
    SPADES = auto()

print(list(Suit), Suit.HEARTS == "hearts", Suit("spades"), f"{Suit.HEARTS}", Suit.HEARTS.upper())

class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @property
    def is_weekend(self):
        return self >= Weekday.SAT

    @classmethod
    def from_name(cls, text):
        return cls[text[:3].upper()]

print([d.name for d in Weekday if d.is_weekend], Weekday.from_name("friday"), Weekday(3) + 1)
print(sorted({Weekday.SUN, Weekday.MON, Weekday.WED}), max(Weekday).name, Weekday.TUE in {2})

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DISABLED = "inactive"  # alias

    def __str__(self):
        return self.value.title()

print([str(s) for s in Status], Status.DISABLED is Status.INACTIVE, Status("inactive").name)
print(len(Status), len(Status.__members__), [n for n in Status.__members__])
print(copy.copy(Status.ACTIVE) is Status.ACTIVE, copy.deepcopy(Status.ACTIVE) is Status.ACTIVE)
print(Status.ACTIVE.__class__.__name__, type(Status.ACTIVE) is Status, isinstance(Status.ACTIVE, Enum))
print({Status.ACTIVE: 1}[Status("active")], Status.ACTIVE == "active", hash(Status.ACTIVE) == hash(Status.ACTIVE))

# Members have the class's methods and can be compared by identity in
# dispatch tables; values and names are read-only.
handlers = {Status.ACTIVE: lambda: "go", Status.INACTIVE: lambda: "wait"}
print([handlers[s]() for s in Status])
try:
    Status.ACTIVE.name = "x"
except AttributeError:
    print("name is read-only")

# Enum classes are iterable in definition order and reversible.
print([d.value for d in reversed(Weekday)][:3])

# Looking up a member by value of the wrong type.
try:
    Weekday("1")
except ValueError as e:
    print("ValueError:", e)

# An empty enum can be subclassed; one with members cannot.
class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}"

class Fruit(Base):
    APPLE = 1
    PEAR = 2

print(Fruit.PEAR.describe(), list(Base), issubclass(Fruit, Base))
