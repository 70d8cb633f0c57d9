# Subclassing immutable builtins: int, str, tuple, float with __new__.

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"{float(self):.1f}C"

t = Celsius(21.5)
print(repr(t), t + 1, type(t + 1).__name__, isinstance(t, float))

class Even(int):
    def __new__(cls, value):
        value = int(value)
        if value % 2:
            value += 1
        return super().__new__(cls, value)

    def half(self):
        return self // 2

e = Even(7)
print(e, e.half(), type(e).__name__, e == 8, hash(e) == hash(8))
print(type(e + 1).__name__, type(-e).__name__, Even("11"))

class Upper(str):
    def __new__(cls, text=""):
        return super().__new__(cls, text.upper())

    def shout(self):
        return self + "!"

u = Upper("hello")
print(u, u.shout(), type(u.shout()).__name__, u.lower(), len(u))
print(Upper(), repr(Upper("x")), u == "HELLO", {"HELLO": 1}[u])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"

p = Pair(1, "two")
print(p, p.first, p.second, len(p), p + (3,), type(p[:1]).__name__)
a, b = p
print(a, b, p == (1, "two"), hash(p) == hash((1, "two")))

# __init__ cannot change an immutable's value.
class Stubborn(int):
    def __init__(self, value):
        self.note = "init ran"

s = Stubborn(5)
print(s, s.note, s * 2)

# Instances of subclasses get a __dict__ unless __slots__ = ().
class Tag(str):
    __slots__ = ()

try:
    Tag("x").extra = 1
except AttributeError as err:
    print("AttributeError:", err)

e.extra = "fine"
print(e.extra)

# Bool-like subclass of int with custom repr and truthiness unchanged.
class Flag(int):
    def __repr__(self):
        return "ON" if self else "OFF"

print([Flag(0), Flag(3)], bool(Flag(0)), bool(Flag(3)))
print(sorted([Even(3), Even(1), Even(10)]))
