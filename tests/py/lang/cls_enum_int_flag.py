# IntEnum, IntFlag, Flag, StrEnum-like mixins and auto().
from enum import Enum, IntEnum, Flag, IntFlag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + 1, sorted([Priority.HIGH, 3, Priority.LOW]))
print(Priority(5), repr(Priority.HIGH), int(Priority.HIGH), [1, 2, 3, 4, 5, 6][Priority.MEDIUM])
print(str(Priority.LOW), f"{Priority.LOW}", format(Priority.HIGH, ">4"))
print(isinstance(Priority.LOW, int), max(Priority), Priority.LOW.bit_length())

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

print([p.value for p in (Perm.R, Perm.W, Perm.X, Perm.RW)])
rwx = Perm.R | Perm.W | Perm.X
print(rwx.value, Perm.R in rwx, Perm.X in Perm.RW, bool(Perm.R & Perm.W), Perm.RW == Perm.R | Perm.W)
print(repr(Perm.RW), repr(Perm.R | Perm.X), (Perm.R | Perm.X).value)
print(list(Perm), repr(~Perm.R), Perm(0), bool(Perm(0)))
print([m.name for m in rwx])
try:
    Perm(16)
except ValueError as e:
    print("ValueError:", e)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(m, int(m), m & 4, m | 1, Mode(7), Mode.READ == 4, repr(Mode(0)))
print(Mode(3), Mode(5), list(Mode(6)))

# auto() in a plain Enum counts from 1; _generate_next_value_ customises it.
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    NEXT = auto()

print([(s.name, s.value) for s in Step])

class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    APPLE = auto()
    PEAR = auto()

print(Lower.APPLE.value, Lower("pear"))

# A str-mixin enum compares equal to strings.
class Method(str, Enum):
    GET = "GET"
    POST = "POST"

print(Method.GET == "GET", Method("POST"), Method.GET.upper(), sorted(Method)[0].value)

# Member attributes cannot be set; values are read-only.
try:
    Priority.LOW.value = 3
except AttributeError as e:
    print("AttributeError:", type(e).__name__)

# _missing_ hook for lenient lookup.
class Answer(Enum):
    YES = "yes"
    NO = "no"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None

print(Answer("YES"), Answer("no"))
try:
    Answer(1)
except ValueError as e:
    print("ValueError:", e)
