# PEP 479: a StopIteration escaping a generator becomes RuntimeError.

def bad():
    yield 1
    raise StopIteration("leak")


g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)


def uses_next(it):
    while True:
        yield next(it) * 2   # StopIteration from next() leaks


try:
    print(list(uses_next(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)


def fixed(it):
    for x in it:
        yield x * 2


print(list(fixed(iter([1, 2, 3]))))


def safe_next(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v + 1


print(list(safe_next(iter([10, 20]))))


# A subclass of StopIteration is also converted.
class Done(StopIteration):
    pass


def sub():
    yield "a"
    raise Done


try:
    list(sub())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# Generator expressions follow the same rule.
def stopper(x):
    if x == 3:
        raise StopIteration
    return x


try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print("genexp RuntimeError:", e)

# A list comprehension is not a generator: StopIteration passes through.
try:
    print([stopper(x) for x in range(5)])
except StopIteration:
    print("list comp: plain StopIteration")

# `return` in a generator is the right way to stop.
def early(limit):
    for i in range(10):
        if i == limit:
            return f"stopped at {i}"
        yield i


g = early(3)
print(list(g))
g = early(2)
for v in g:
    pass
try:
    next(g)
except StopIteration as e:
    print("after exhaustion value:", e.value)

# Throwing StopIteration into a generator also becomes RuntimeError.
def plain():
    yield 1
    yield 2


p = plain()
next(p)
try:
    p.throw(StopIteration)
except RuntimeError as e:
    print("thrown StopIteration:", e)
