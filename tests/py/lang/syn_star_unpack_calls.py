# Star-unpacking in calls: *args/**kwargs forwarding, several unpackings in
# one call, ordering rules, and the errors CPython reports.

def show(*args, **kwargs):
    kw = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    return f"args={args} kwargs={{{kw}}}"


nums = [1, 2]
more = (3,)
opts = {"sep": "-", "end": "!"}
print(show(*nums))
print(show(0, *nums, *more, 4, *range(5, 7)))
print(show(**opts, flag=True, **{"x": 1}))
print(show(*"ab", *{"z": 0}, **dict(k="v")))
print(show(*iter([9, 8]), *(i * i for i in range(3))))
print(*nums, *more, **opts)
print()


def forward(func, *args, **kwargs):
    return func(*args, **kwargs)


def area(w, h, *, unit="cm"):
    return f"{w * h}{unit}^2"


print(forward(area, 3, 4), forward(area, h=2, w=5, unit="m"))
print(forward(max, [3, 9, 2], key=lambda v: -v), forward(sorted, "cab", reverse=True))

# Keyword arguments may be given as a mapping with str keys only.
class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()


print(show(**Mapping()))


def f(a, b, c=0):
    return (a, b, c)


cases = [
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(1, **{"a": 2, "b": 3}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(**{1: 2}),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(*[1], **{"c": 3}),
    lambda: f(1, 2, d=4),
    lambda: show(**{"a": 1}, **{"a": 1}),
    lambda: show(*None),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)

# Unpacking preserves evaluation order left to right.
order = []


def val(tag, v):
    order.append(tag)
    return v


show(val("a", 1), *val("b", [2]), k=val("c", 3), **val("d", {"m": 4}))
print(order)

# zip(*matrix) transposes; dict(**a, **b) merges.
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**a, **b}, dict(a, **b))
print(max(*[4, 7, 1]), min(*"hello"), "{}-{}-{}".format(*"xyz"))
