from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Level.LOW, Level.HIGH + 1, Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.X & rw))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
