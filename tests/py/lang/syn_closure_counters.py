# Closures with nonlocal: counters, accumulators and independent instances.

def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old = count
        count = start
        return old

    def peek():
        return count

    return inc, reset, peek


inc, reset, peek = make_counter()
for _ in range(3):
    print("inc ->", inc())
print("peek", peek())
print("reset returned", reset(), "now", peek())

a_inc, _, a_peek = make_counter(10, 5)
b_inc, _, b_peek = make_counter(100, -1)
a_inc(); a_inc(); b_inc()
print("independent:", a_peek(), b_peek())


def averager():
    total = 0.0
    n = 0

    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n

    return add


avg = averager()
for v in (10, 20, 60, 5):
    print(f"avg after {v}: {avg(v):.2f}")


def make_accumulators(names):
    store = {}

    def make(name):
        total = 0

        def acc(x):
            nonlocal total
            total += x
            store[name] = total
            return total

        return acc

    return {n: make(n) for n in names}, store


accs, store = make_accumulators(["x", "y"])
accs["x"](3)
accs["y"](4)
accs["x"](10)
print(sorted(store.items()))

# The cell is visible through __closure__ and its contents change.
print([type(c).__name__ for c in inc.__closure__])
print(inc.__code__.co_freevars)
before = inc.__closure__[0].cell_contents
inc()
print("cell moved from", before, "to", inc.__closure__[0].cell_contents)


def outer():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner

    f = middle()
    f(); f()
    return x


print("nonlocal two levels up:", outer())
