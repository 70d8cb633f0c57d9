# Generator introspection: gi_running, gi_frame, gi_code, gi_yieldfrom,
# inspect.getgeneratorstate, and re-entrancy errors.
import inspect


def worker(n):
    total = 0
    for i in range(n):
        print("  inside, running =", me.gi_running)
        total += yield i
    return total


me = worker(3)
print(inspect.getgeneratorstate(me))
print("gi_running before:", me.gi_running)
print("frame line is def line:", me.gi_frame.f_lineno == worker.__code__.co_firstlineno)
print(next(me))
print(inspect.getgeneratorstate(me))
print("locals:", sorted(me.gi_frame.f_locals))
print("i =", me.gi_frame.f_locals["i"], "total =", me.gi_frame.f_locals["total"])
print(me.send(10))
print(me.send(5))
try:
    me.send(1)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getgeneratorstate(me), me.gi_frame)
print(me.gi_code.co_name, me.__name__, me.__qualname__)


def reenter():
    yield next(self_ref)


self_ref = reenter()
try:
    next(self_ref)
except ValueError as e:
    print("ValueError:", e)


def outer():
    yield from inner()


def inner():
    yield 1
    yield 2


o = outer()
print("yieldfrom before:", o.gi_yieldfrom)
next(o)
print("yieldfrom during:", o.gi_yieldfrom.__name__)
list(o)
print("yieldfrom after:", o.gi_yieldfrom)

# Generator functions and objects are recognisable.
print(inspect.isgeneratorfunction(worker), inspect.isgeneratorfunction(len))
print(inspect.isgenerator(me), inspect.isgenerator(iter([])))
print(type(me).__name__, worker.__code__.co_flags & 0x20 != 0)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Tree(1, Tree(2, Tree(3)), Tree(4))
it = iter(t)
print(type(it).__name__, it.__qualname__, list(it))

# A generator is its own iterator.
g = (x for x in "ab")
print(iter(g) is g, g.__name__, inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
