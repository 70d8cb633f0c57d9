# Class decorators: adding methods, registration, wrapping and replacing.
import functools

def add_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    cls.__repr__ = __repr__
    return cls

@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age

print(User("ann", 31))

registry = {}

def register(key):
    def deco(cls):
        registry[key] = cls
        cls.key = key
        return cls
    return deco

@register("circle")
class Circle:
    pass

@register("square")
class Square:
    pass

print(sorted(registry), Circle.key, registry["square"] is Square)

# Stacked decorators apply bottom-up.
def tag(label):
    def deco(cls):
        cls.tags = getattr(cls, "tags", ()) + (label,)
        return cls
    return deco

@tag("outer")
@tag("inner")
class Tagged:
    pass

print(Tagged.tags)

# Wrapping every method to count calls.
def count_calls(cls):
    cls.calls = {}
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("__"):
            def make(fn, name=name):
                @functools.wraps(fn)
                def wrapper(*args, **kw):
                    cls.calls[name] = cls.calls.get(name, 0) + 1
                    return fn(*args, **kw)
                return wrapper
            setattr(cls, name, make(value))
    return cls

@count_calls
class Calc:
    def add(self, a, b):
        return a + b

    def neg(self, a):
        return -a

c = Calc()
print(c.add(1, 2), c.add(3, 4), c.neg(5), Calc.calls, Calc.add.__name__)

# A decorator may return something else entirely.
def singleton(cls):
    return cls()

@singleton
class settings:
    debug = False

print(type(settings).__name__, settings.debug)

# functools.total_ordering and dataclass-style decorators compose with others.
def frozen_after_init(cls):
    original_init = cls.__init__

    def __init__(self, *a, **kw):
        original_init(self, *a, **kw)
        self._frozen = True

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, name, value)

    cls.__init__ = __init__
    cls.__setattr__ = __setattr__
    return cls

@frozen_after_init
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
