# Starred targets in assignments and for loops, nested unpacking, and
# starred items in list/tuple/set/dict displays.

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), *others, (c, d) = [(1, 2), (3, 4), (5, 6), (7, 8)]
print(a, b, others, c, d)
x, (y, *z), w = 1, "hey", 2
print(x, y, z, w)
[p, q], r = "pq", "r"
print(p, q, r)

records = [("ann", 31, "NYC", "dev"), ("bob", 25, "LA"), ("cy", 40)]
for name, age, *extra in records:
    print(f"{name:4} {age} extra={extra}")

for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)

# Swaps and rotations evaluate the right side first.
m, n = 1, 2
m, n = n, m
print(m, n)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)

# Starred items in displays.
evens = [0, 2]
odds = (1, 3)
print([*evens, *odds, 5], (*evens, *odds), {*evens, *odds, 2})
print([*range(3), *"xy", *{"k": 1}], (*(),), [*[]])
base = {"a": 1, "b": 2}
print({**base, "b": 20, **{"c": 3}}, {"a": 0, **base})
nested = [[*row, 0] for row in ([1, 2], [3])]
print(nested)
single = *evens,
print(single, type(single).__name__)

# Errors.
def attempt(code):
    try:
        exec(code, {})
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg}")


attempt("a, b = [1, 2, 3]")
attempt("a, b, c = [1, 2]")
attempt("a, *b, c = [1]")
attempt("a, b = 5")
attempt("a, b = None")
attempt("*a = [1, 2]")
attempt("a, *b, *c = [1, 2, 3]")
attempt("print(*)")
attempt("x = {**[1]}")
attempt("x = [*5]")
attempt("x = {**{'a': 1}, 'b': 2, **{1: 2}}; print(x)")

# Unpacking any iterable, including generators and dict views.
g = (n * n for n in range(4))
s0, s1, *s_rest = g
print(s0, s1, s_rest)
k1, k2 = {"x": 1, "y": 2}
v1, v2 = {"x": 1, "y": 2}.values()
print(k1, k2, v1, v2)
(only,) = {"solo"}
print(only)
