# getattr/setattr/hasattr/delattr/vars with defaults and errors.

class Config:
    debug = False

    def __init__(self):
        self.name = "app"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", None), getattr(c, "missing", 0))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(Config, "missing")
except AttributeError as e:
    print("AttributeError:", e)

print(hasattr(c, "name"), hasattr(c, "debug"), hasattr(c, "nope"), hasattr(Config, "name"))
setattr(c, "level", 3)
setattr(c, "with space", "odd but allowed")
print(c.level, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "with space")
print(sorted(vars(c)))
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError:", e)

# Non-string names.
for fn, args in [(getattr, (c, 1)), (setattr, (c, 1, 2)), (hasattr, (c, None)), (delattr, (c, b"name"))]:
    try:
        fn(*args)
    except TypeError as e:
        print("TypeError:", e)

# Wrong arity.
try:
    getattr(c)
except TypeError as e:
    print("TypeError:", e)

# vars() without argument returns the local namespace.
def f(a, b=2):
    x = a + b
    return sorted(vars())

print(f(1))

# vars() of objects without __dict__.
for obj in (5, [], object()):
    try:
        vars(obj)
    except TypeError as e:
        print("TypeError:", e)

class Slotted:
    __slots__ = ("a",)

try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)

# vars() returns the real __dict__: changes show up on the object.
v = vars(c)
v["injected"] = True
print(c.injected, vars(c) is c.__dict__)

# getattr on classes returns unbound functions; on instances bound methods.
class K:
    def m(self):
        return "m"

print(type(getattr(K, "m")).__name__, type(getattr(K(), "m")).__name__, getattr(K(), "m")())

# Defaults are evaluated eagerly but only used when the attribute is missing.
print(getattr(K, "m", "default") is K.m)

# Dunder access through getattr matches attribute syntax.
print(getattr(c, "__class__").__name__, getattr(Config, "__name__"), getattr(3, "real"))

# A property raising AttributeError makes hasattr False and getattr use the default.
class P:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    @property
    def crashes(self):
        raise ValueError("bad")

print(hasattr(P(), "broken"), getattr(P(), "broken", "dflt"))
try:
    getattr(P(), "crashes", "dflt")
except ValueError as e:
    print("ValueError:", e)
