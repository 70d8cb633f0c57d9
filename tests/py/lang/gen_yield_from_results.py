# yield from: return values, delegation of send/throw, and nested delegation.

def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            return (count, total / count if count else 0.0)
        total += value
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def feed(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results


data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
for k, (n, avg) in sorted(feed(data).items()):
    print(f"{n:2} {k:8} averaging {avg:.2f}")


def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        yield "inner-2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    return "inner-done"


def outer():
    r = yield from inner()
    print("outer got return", r)
    yield "outer-tail"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "exhausted"))

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))


def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]], 8])))


def chain_returns():
    a = yield from (x for x in range(2))
    b = yield from iter([10, 11])
    c = yield from sub_return(5)
    yield (a, b, c)


def sub_return(n):
    yield n
    return n * 100


print(list(chain_returns()))


# StopIteration value from a return seen directly.
def only_return():
    return "value"
    yield


try:
    next(only_return())
except StopIteration as e:
    print("StopIteration.value =", e.value, "args =", e.args)

# yield from a generator that is closed from outside closes the inner one too.
def noisy():
    try:
        yield 1
        yield 2
    finally:
        print("noisy finalised")


def wrap():
    yield from noisy()


w = wrap()
next(w)
w.close()
print("closed:", w.gi_frame is None)
