# Generator expressions: laziness, single use, when errors surface, and
# their use as arguments.

def noisy(seq):
    for x in seq:
        print(f"  producing {x}")
        yield x


print("creating genexp")
g = (x * 10 for x in noisy([1, 2, 3]))
print("created; first next():")
print(next(g))
print("rest:", list(g))
print("second pass is empty:", list(g))

# The outermost iterable is evaluated immediately: errors surface at once.
try:
    g = (x for x in 42)
except TypeError as e:
    print("at creation:", e)

# Errors in the element or filter surface only when iterated.
g = (1 / x for x in [1, 0, 2])
print("created a genexp that will divide by zero")
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("at iteration:", e)
print("after an error the generator is finished:", list(g))

# Inner iterables are evaluated per outer element, lazily.
g = (a + b for a in "xy" for b in noisy("12"))
print(list(g))

# Genexps in function calls and as sole argument.
words = ["kiwi", "fig", "banana", "apple"]
print(sum(len(w) for w in words), max((len(w), w) for w in words))
print(any(w.startswith("b") for w in words), all(len(w) > 2 for w in words))
print(",".join(w.upper() for w in sorted(words)), dict((w, len(w)) for w in words[:2]))
print(sorted((w for w in words), key=len), tuple(c for c in "abc"), set(n % 3 for n in range(10)))
print(min((n for n in []), default="empty"), sum(x for x in range(5) if x % 2))

# Conditional expressions and nested genexps.
grid = ((r, c) for r in range(3) for c in range(3) if r != c)
print(list(grid))
flat = (ch for word in (w for w in words if len(w) < 5) for ch in word)
print("".join(flat))

# Genexps are closures over the enclosing scope: late binding again.
limit = 2
g = (n for n in range(10) if n < limit)
limit = 5
print(list(g))


def gen_in_function(k):
    return (i * k for i in range(3))


print(list(gen_in_function(7)))

# A genexp can be closed early; its frame goes away.
g = (x for x in range(100))
print(next(g), next(g))
g.close()
print(g.gi_frame, next(g, "closed"))

# Genexps over dict views see changes that happen during creation only
# through the view object; mutating the dict during iteration is an error.
d = {"a": 1, "b": 2}
g = (k for k in d)
d["c"] = 3
try:
    print(list(g))
except RuntimeError as e:
    print("RuntimeError:", e)
g = (k for k in d)
print(next(g))
d["d"] = 4
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
