# __delete__, descriptor access logs and bound method machinery.

log = []

class Logged:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        log.append(("get", self.name))
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        log.append(("set", self.name, value))
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        log.append(("del", self.name))
        if self.name not in obj.__dict__:
            raise AttributeError(f"{self.name} was never set")
        del obj.__dict__[self.name]

class Config:
    level = Logged(1)
    mode = Logged("auto")

c = Config()
print(c.level, c.mode)
c.level = 5
print(c.level)
del c.level
print(c.level)
try:
    del c.mode
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "mode", "manual")
print(getattr(c, "mode"))
delattr(c, "mode")
print(c.mode)
for entry in log:
    print(entry)

# A descriptor with only __get__ and __delete__ is a data descriptor too.
class DelOnly:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

    def __delete__(self, obj):
        print("DelOnly.__delete__")

class Box:
    x = DelOnly()

b = Box()
b.__dict__["x"] = "from dict"
print(b.x)
del b.x
try:
    b.x = 1
except AttributeError as e:
    print("AttributeError:", e)

# Bound methods: __self__, __func__, equality, and rebinding.
class Greeter:
    def __init__(self, name):
        self.name = name

    def hi(self):
        return "hi " + self.name

g1, g2 = Greeter("a"), Greeter("b")
m1 = g1.hi
print(m1(), m1.__self__ is g1, m1.__func__ is Greeter.hi)
print(g1.hi == g1.hi, g1.hi == g2.hi, g1.hi is g1.hi)
rebound = Greeter.hi.__get__(g2)
print(rebound())
print(Greeter.hi(g2))
