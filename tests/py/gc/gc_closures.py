# Cycles through functions, closures (cells) and function attributes.
import gc

gc.collect()


def make_recursive():
    def walk(n):
        return 0 if n == 0 else 1 + walk(n - 1)
    return walk


w = make_recursive()
print(w(5))
del w
print("recursive closure", gc.collect() > 0)


def counter():
    count = 0
    state = {}

    def inc():
        nonlocal count
        count += 1
        return count
    state["inc"] = inc
    inc.state = state
    return inc


c = counter()
print(c(), c(), c.state["inc"] is c)
del c
print("closure with dict", gc.collect() > 0)


def f():
    return 1


f.me = f
print(f.me is f)
del f
print("function attribute", gc.collect() > 0)


def h(acc=[]):
    return acc


h.__defaults__[0].append(h)
del h
print("defaults", gc.collect() > 0)

# live closures keep working after collections
def adder(k):
    def add(x):
        return x + k
    add.self = add
    return add


adders = [adder(i) for i in range(5)]
gc.collect()
print([a(10) for a in adders], all(a.self is a for a in adders))
del adders
print("adders", gc.collect() > 0)
print("nothing left", gc.collect())
