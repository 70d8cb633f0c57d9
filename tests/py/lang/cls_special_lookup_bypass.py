# Implicit special-method lookup goes to the type: instance attributes
# and __getattribute__ are bypassed, while explicit calls are not.

class Spy:
    def __init__(self):
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __len__(self):
        return 3

    def __repr__(self):
        return "<Spy>"

    def __iter__(self):
        return iter([1, 2])

    def __add__(self, other):
        return "added"

s = Spy()
print(len(s), repr(s), list(s), s + 1)
print(s.log)
s.__len__()
print(s.log)

# Instance attributes named like special methods are ignored by builtins.
class Plain:
    pass

p = Plain()
p.__len__ = lambda: 99
p.__repr__ = lambda: "instance repr"
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
print(repr(p).startswith("<__main__.Plain object"), p.__len__())

# Setting the special method on the class takes effect at once, also for
# existing instances and subclasses.
class Base:
    pass

class Child(Base):
    pass

b, c = Base(), Child()
Base.__len__ = lambda self: 7
Base.__bool__ = lambda self: False
print(len(b), len(c), bool(c), "falsy" if not b else "truthy")
del Base.__bool__
print(bool(b), bool(c))
Child.__len__ = lambda self: 0
print(len(b), len(c), bool(c))
del Base.__len__
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)
print(len(c))

# A __getattr__ fallback is not used for special methods either.
class Fallback:
    def __getattr__(self, name):
        return lambda *a: f"fallback {name}"

f = Fallback()
print(f.anything(), f.__len__())
try:
    len(f)
except TypeError as e:
    print("TypeError:", e)
try:
    f + 1
except TypeError as e:
    print("TypeError:", e)

# Special methods looked up on the metaclass for class objects.
class Meta(type):
    def __len__(cls):
        return 42

    def __bool__(cls):
        return False

class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1

print(len(WithMeta), len(WithMeta()), bool(WithMeta), bool(WithMeta()))
