# Comprehension scopes: loop variables do not leak, nested clauses,
# conditions, and the first iterable evaluated in the enclosing scope.

x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([v for row in matrix for v in row if v % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])

pairs = [(a, b) for a in range(4) if a % 2 for b in range(a) if b != 1]
print(pairs)

words = ["apple", "Banana", "cherry", "date", "Elder", "fig"]
by_initial = {w[0].lower(): w for w in words}
print(sorted(by_initial.items()))
lengths = {len(w) for w in words}
print(sorted(lengths))
print({w: len(w) for w in words if len(w) > 4 if w.islower()})

# Conditional expression inside the element.
print(["even" if n % 2 == 0 else "odd" for n in range(5)])

# The first iterable is evaluated once, eagerly, in the enclosing scope.
calls = []


def source():
    calls.append("source")
    return range(3)


gen = (i for i in source())
print("after creating genexp:", calls)
print(list(gen), calls)


def scope_demo():
    y = 10
    data = [1, 2, 3]
    res = [y + d for d in data]
    try:
        d
    except NameError as e:
        print("NameError:", e)
    return res


print(scope_demo())

# Comprehension inside a function uses its closure.
def multipliers(k):
    return [lambda v, m=m: v * m * k for m in range(1, 4)]


print([f(2) for f in multipliers(10)])

# Nested comprehension referring to the outer comprehension variable.
print([[i * j for j in range(i)] for i in range(1, 5)])
print({i: {j for j in range(i) if j % 2} for i in range(5)})

# Building a dict from zip and enumerate.
keys = ["a", "b", "c"]
print({k: i for i, k in enumerate(keys, start=1)})
print(dict(zip(keys, (k.upper() * 2 for k in keys))))

# Unpacking in the target.
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points], [(y, x) for x, y in points][::-1])
print([first for first, *rest in ["abc", "de", "f"]])

# A genexp passed as the sole argument needs no extra parentheses.
print(sum(n for n in range(101)), max(len(w) for w in words))
print(sorted((w for w in words), key=str.lower)[:3])
