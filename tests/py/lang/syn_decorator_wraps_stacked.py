# Stacked decorators, functools.wraps metadata, and state kept on wrappers.
import functools


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def logged(prefix):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{prefix} {func.__name__}({', '.join(parts)})")
            result = func(*args, **kwargs)
            print(f"{prefix} -> {result!r}")
            return result
        return wrapper
    return deco


def memo(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@counted
@logged("[log]")
def add(a, b=0, *, scale=1):
    """Add two numbers and scale."""
    return (a + b) * scale


add(1, 2)
add(3, b=4, scale=10)
print("calls:", add.calls)
print("name:", add.__name__, "| doc:", add.__doc__)
print("qualname:", add.__qualname__, "| module:", add.__module__)
print("wrapped chain:", add.__wrapped__.__name__, add.__wrapped__.__wrapped__(5, 5))


@counted
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib(30) =", fib(30), "calls:", fib.calls, "cached:", len(fib.__wrapped__.cache))


def no_wraps(func):
    def inner(*a):
        return func(*a)
    return inner


@no_wraps
def plain():
    "doc here"


print("without wraps:", plain.__name__, plain.__doc__, plain.__qualname__)

# wraps copies __dict__ entries and sets __wrapped__.
def annotate(**attrs):
    def deco(f):
        f.__dict__.update(attrs)
        return f
    return deco


@counted
@annotate(route="/x", methods=("GET",))
def view():
    return "ok"


print(view.route, view.methods, view(), view.calls)
print(sorted(k for k in vars(view) if not k.startswith("__")))

# update_wrapper explicitly, with assigned limited.
def raw(x):
    "raw doc"
    return x


def w(x):
    return raw(x)


functools.update_wrapper(w, raw, assigned=("__doc__",), updated=())
print(w.__name__, w.__doc__, w.__wrapped__ is raw)
