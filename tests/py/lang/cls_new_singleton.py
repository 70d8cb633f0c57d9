# __new__ and __init__: singletons, caching, and returning other types.

class Singleton:
    _instance = None
    inits = 0

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        Singleton.inits += 1
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, Singleton.inits)

# Per-subclass singletons: _instance is looked up on each class.
class Config(Singleton):
    _instance = None

c = Config(3)
print(c is a, type(c).__name__, Config(4) is c, c.value)

# Interning by key with __new__.
class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.name = key
            cls._cache[key] = obj
        return cls._cache[key]

    def __repr__(self):
        return f"Color({self.name!r})"

print(Color("Red") is Color("RED"), Color("blue"), len(Color._cache))

# If __new__ returns an object that is not an instance, __init__ is skipped.
class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return super().__new__(cls)

    def __init__(self, x):
        print("Weird.__init__", x)
        self.x = x

w = Weird(5)
print(type(w).__name__, w.x)
print(Weird(-1))

# If it returns an instance of a subclass, __init__ still runs.
class Base:
    def __new__(cls, kind):
        if kind == "special":
            return super().__new__(Special)
        return super().__new__(cls)

    def __init__(self, kind):
        self.kind = kind

class Special(Base):
    pass

for kind in ("plain", "special"):
    obj = Base(kind)
    print(type(obj).__name__, obj.kind)

# object.__new__ rejects extra arguments only when __new__ is not overridden
# and __init__ is.
class OnlyInit:
    def __init__(self, a):
        self.a = a

print(OnlyInit(1).a)
try:
    object.__new__(OnlyInit, 1).a
except AttributeError as e:
    print("AttributeError:", e)

class Neither:
    pass

try:
    Neither(1)
except TypeError as e:
    print("TypeError:", e)

try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
