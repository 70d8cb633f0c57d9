# __call__: callable objects, callable(), memoisation and decorators as
# classes.

class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return x + self.n * times

add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [0, 10])))
print(callable(add5), callable(Adder), callable(5), callable(print))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.cache[args] = self.fn(*args)
        return result

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.hits, len(fib.cache), type(fib).__name__)

# A class-based decorator taking arguments.
class repeat:
    def __init__(self, times):
        self.times = times

    def __call__(self, fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(self.times)]
        return wrapper

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

# __call__ is looked up on the type, not the instance.
class Plain:
    pass

p = Plain()
p.__call__ = lambda: "instance call"
print(callable(p))
try:
    p()
except TypeError as e:
    print("TypeError:", e)

# Setting __call__ on the class later works.
Plain.__call__ = lambda self: "class call"
print(p(), callable(p))

# Wrong arguments to __call__.
try:
    add5()
except TypeError as e:
    print("TypeError:", e)

# Callable class used as a key function and as a method.
class ByLen:
    def __call__(self, s):
        return (len(s), s)

print(sorted(["ccc", "a", "bb", "aa"], key=ByLen()))

class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n

class UsesCounter:
    tick = Counter()  # not a function: no binding to the instance

u = UsesCounter()
print(u.tick(), u.tick(), UsesCounter.tick.n)

# A type is callable because type.__call__ exists.
print(type.__call__(Adder, 2)(1))
