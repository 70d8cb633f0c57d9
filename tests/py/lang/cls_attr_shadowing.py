# Class attributes versus instance attributes.

class Counter:
    count = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def bump(self):
        self.count += 1  # creates an instance attribute

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.bump()
print(Counter.count, a.count, b.count)
print("count" in vars(a), "count" in vars(b))
del a.count
print(a.count)

# A shared mutable class attribute is shared by all instances.
a.tags.append("x")
print(b.tags, Counter.tags is b.tags)
b.tags = ["own"]
print(a.tags, b.tags, Counter.tags)

# Changing the class attribute is seen by instances that do not shadow it.
Counter.count = 100
print(a.count, b.count)

# Methods can be shadowed by instance attributes (functions are non-data).
class Greeter:
    def greet(self):
        return "hello"

g = Greeter()
g.greet = lambda: "shadowed"
print(g.greet(), Greeter().greet())
del g.greet
print(g.greet())

# Deleting something that only exists on the class fails on the instance.
try:
    del g.greet
except AttributeError as e:
    print("AttributeError:", e)

# Class attributes added after instances exist.
Greeter.lang = "en"
print(g.lang)

# Class body names are not visible as bare names inside methods.
class Scope:
    factor = 3

    def times(self, x):
        try:
            return factor * x
        except NameError as e:
            return f"NameError: {e}"

    def times_ok(self, x):
        return self.factor * x

print(Scope().times(2))
print(Scope().times_ok(2))

# Class attribute lookup through inheritance and overriding on subclass.
class Base:
    kind = "base"

class Child(Base):
    pass

c = Child()
print(c.kind)
Child.kind = "child"
print(c.kind, Base.kind)
del Child.kind
print(c.kind)
try:
    del Child.kind
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
