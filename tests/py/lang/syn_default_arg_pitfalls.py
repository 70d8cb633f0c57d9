# Default arguments: evaluated once at definition time, the mutable-default
# pitfall and its fixes, and defaults that reference earlier names.
import time

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
print("shared default:", append_bad.__defaults__)


def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_good(1), append_good(2))

_sentinel = object()


def lookup(d, key, default=_sentinel):
    try:
        return d[key]
    except KeyError:
        if default is _sentinel:
            raise
        return default


print(lookup({"a": 1}, "a"), lookup({}, "b", None))
try:
    lookup({}, "zz")
except KeyError as e:
    print("KeyError:", e)

# Evaluated once: a default computed from a global at def time.
factor = 2


def scale(x, f=factor):
    return x * f


factor = 100
print(scale(5), scale.__defaults__)

# Dict default shared across calls acts as a cache.
def fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = fib(n - 1) + fib(n - 2)
    return _memo[n]


print(fib(50), len(fib.__defaults__[0]))

# Evaluation order of defaults: left to right, once.
log = []


def note(v):
    log.append(v)
    return v


def f(a=note("a"), *, b=note("b"), c=note("c")):
    return a, b, c


print(log, f(), f(c=1), log)

# Defaults can be replaced at run time.
f.__defaults__ = ("A",)
f.__kwdefaults__ = {"b": "B", "c": "C"}
print(f())
f.__kwdefaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)

# Lambdas and methods share the same rules.
class Registry:
    def add(self, name, tags=set()):
        tags.add(name)
        return sorted(tags)


r = Registry()
print(r.add("x"), r.add("y"), Registry().add("z"))
adders = [lambda v, n=n: v + n for n in range(3)]
print([g(10) for g in adders])

# Defaults holding mutable objects of a class are shared too.
class Node:
    def __init__(self, children=[]):
        self.children = children


n1, n2 = Node(), Node()
n1.children.append("leaf")
print(n2.children, n1.children is n2.children)

# time default is frozen: compare identity, not value, to stay deterministic.
def stamp(t=time.time):
    return t is time.time


print(stamp())
