square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, k=2))
OFFSET = 100
shift = lambda v: v + OFFSET
print(shift(1))
OFFSET = 200
print(shift(1))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](6, 3))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(list(map(lambda x: x % 3, range(7))))
print(type(square).__name__, square.__name__, (lambda: 0).__name__)
