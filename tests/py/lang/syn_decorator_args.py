# Decorators with and without arguments, including optional-argument ones.
import functools


def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return str(func(*args, **kwargs)).upper()
    return wrapper


def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco


def tag(func=None, *, name="b"):
    if func is None:
        return lambda f: tag(f, name=name)

    @functools.wraps(func)
    def wrapper(*a, **k):
        return f"<{name}>{func(*a, **k)}</{name}>"
    return wrapper


@shout
def greet(who):
    """Say hello."""
    return f"hello {who}"


@repeat(3)
def roll(x):
    return x * 2


@tag
def bold(text):
    return text


@tag(name="i")
def italic(text):
    return text


print(greet("ann"), greet.__name__, greet.__doc__)
print(roll(4), roll.__name__)
print(bold("x"), italic("y"))
print(bold.__name__, italic.__name__, italic.__wrapped__("raw"))


def validate(**types):
    def deco(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for k, t in types.items():
                if k in kwargs and not isinstance(kwargs[k], t):
                    raise TypeError(f"{func.__name__}: {k} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return deco


@validate(n=int, s=str)
def build(n=1, s="-"):
    return s * n


print(build(n=3, s="ab"))
try:
    build(n="3")
except TypeError as e:
    print("TypeError:", e)

# Decorator expressions (PEP 614) are arbitrary expressions.
registry = {}
decorators = [lambda f: registry.setdefault(f.__name__, f)]


@decorators[0]
def first():
    return 1


@(lambda f: f)
def second():
    return 2


print(sorted(registry), second())

# Application order of arguments: evaluated top-down, applied bottom-up.
order = []


def trace(label):
    order.append(f"make {label}")

    def deco(f):
        order.append(f"apply {label}")
        return f
    return deco


@trace("outer")
@trace("inner")
def target():
    pass


print(order)
