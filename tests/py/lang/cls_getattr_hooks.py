# __getattr__ (fallback) versus __getattribute__ (every access).

class Proxy:
    def __init__(self, target):
        self._target = target
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.misses)
print(p.count(1), p.misses[-1])
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)

# __getattr__ is not consulted for special methods used by operators.
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)

class Defaults:
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default-{name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Defaults()
d.opt_real = "set"
print(d.opt_real, d.opt_color, hasattr(d, "opt_x"), hasattr(d, "other"))
print(getattr(d, "other", "fallback"))

# __getattribute__ intercepts everything, including existing attributes.
class Loud:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return super().__getattribute__(name)

    def method(self):
        return self.x + 1

l = Loud()
print(l.x)
print(l.method())

# When __getattribute__ raises AttributeError, __getattr__ is the fallback.
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"

b = Both()
b.hidden = "real value"
print(b.hidden, b.__dict__)

# A __getattr__ raising something else propagates.
class Angry:
    def __getattr__(self, name):
        raise KeyError(name)

try:
    Angry().thing
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(Angry(), "thing")
except KeyError as e:
    print("hasattr propagated KeyError:", e)

# A lazy-loading attribute cached in the instance dict.
class Lazy:
    loads = 0

    def __getattr__(self, name):
        if name == "data":
            Lazy.loads += 1
            self.data = list(range(3))
            return self.data
        raise AttributeError(name)

z = Lazy()
print(z.data, z.data, Lazy.loads)
