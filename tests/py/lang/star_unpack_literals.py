a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"xy", *range(2)], (*a,))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 100})
first, *middle, last = [*range(6)]
print(first, middle, last)
print(*[1, 2], *[3], sep=",")
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **d1, **{"q": 9}))
print([*{"k": 1}], [*{"k": 1}.items()])
