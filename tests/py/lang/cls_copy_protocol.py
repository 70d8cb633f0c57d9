# copy.copy/deepcopy on user classes: default behaviour, __copy__,
# __deepcopy__, __reduce__, __getstate__/__setstate__ and shared references.
import copy

class Point:
    def __init__(self, x, y, tags=None):
        self.x, self.y = x, y
        self.tags = tags if tags is not None else []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2, ["a"])
shallow = copy.copy(p)
deep = copy.deepcopy(p)
p.tags.append("b")
print(shallow, deep, shallow.tags is p.tags, deep.tags is p.tags, type(deep).__name__)

class Counted:
    copies = 0

    def __init__(self, value):
        self.value = value

    def __copy__(self):
        Counted.copies += 1
        return Counted(self.value)

    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted(copy.deepcopy(self.value, memo))

c = Counted([1, [2]])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(Counted.copies, c1.value is c.value, c2.value == c.value, c2.value[1] is c.value[1])

# __getstate__/__setstate__ control what is copied.
class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = f"<socket to {host}>"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = None

conn = Connection("db")
print(vars(copy.copy(conn)), vars(copy.deepcopy(conn)))

# __reduce__ returning a callable and arguments.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))

    def __repr__(self):
        return f"Money({self.cents})"

print(copy.copy(Money(5)), copy.deepcopy([Money(7), Money(8)]))

# Shared references and cycles are preserved by deepcopy.
shared = [1, 2]
pair = Point(shared, shared)
dup = copy.deepcopy(pair)
print(dup.x is dup.y, dup.x is shared)

node = Point(0, 0)
node.tags.append(node)
clone = copy.deepcopy(node)
print(clone.tags[0] is clone, clone is not node)

# Slots-only objects copy their slots.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

s2 = copy.deepcopy(Slotted(1, [2]))
print(s2.a, s2.b, type(s2).__name__)

# Classes and functions are copied by reference.
print(copy.copy(Point) is Point, copy.deepcopy(len) is len)
