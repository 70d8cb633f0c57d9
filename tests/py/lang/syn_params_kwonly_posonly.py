# Keyword-only and positional-only parameters, and the TypeError messages
# for every way a call can fail to match.

def pos_only(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)


def kw_only(*, key, default=None):
    return (key, default)


def star(a, *rest, flag=False, **extra):
    return (a, rest, flag, extra)


def all_kinds(p, /, q=2, *args, r, s=4, **kw):
    return f"p={p} q={q} args={args} r={r} s={s} kw={kw}"


print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4, e=6))
print(kw_only(key="k"), kw_only(default=1, key=2))
print(star(1, 2, 3, flag=True, z=9))
print(all_kinds(1, r=3))
print(all_kinds(1, 2, 3, 4, r=5, p=6, t=7))   # p in **kw: it is positional-only

calls = [
    ("pos_only(1, 2, 3)", lambda: pos_only(1, 2, 3)),
    ("pos_only(a=1, b=2, c=3, d=4)", lambda: pos_only(a=1, b=2, c=3, d=4)),
    ("pos_only(1, b=2, c=3, d=4)", lambda: pos_only(1, b=2, c=3, d=4)),
    ("pos_only(1, 2, 3, 4)", lambda: pos_only(1, 2, 3, 4)),
    ("pos_only(1, 2, 3, 4, 5, d=1)", lambda: pos_only(1, 2, 3, 4, 5, d=1)),
    ("pos_only(1)", lambda: pos_only(1)),
    ("pos_only()", lambda: pos_only()),
    ("kw_only(1)", lambda: kw_only(1)),
    ("kw_only()", lambda: kw_only()),
    ("kw_only(key=1, nope=2)", lambda: kw_only(key=1, nope=2)),
    ("star()", lambda: star()),
    ("star(1, a=2)", lambda: star(1, a=2)),
    ("all_kinds(1, 2)", lambda: all_kinds(1, 2)),
    ("all_kinds()", lambda: all_kinds()),
]
for text, call in calls:
    try:
        call()
        print(text, "-> ok")
    except TypeError as e:
        print(f"{text:32} -> {e}")


def two_missing(alpha, beta, gamma, *, delta, epsilon):
    pass


for call in (lambda: two_missing(1), lambda: two_missing(1, 2, 3),
             lambda: two_missing(1, 2, 3, delta=4), lambda: two_missing(1, 2, 3, 4, 5)):
    try:
        call()
    except TypeError as e:
        print(e)


class Shape:
    def __init__(self, name, /, *, sides):
        self.name, self.sides = name, sides

    def scale(self, factor, /):
        return f"{self.name} x{factor}"


s = Shape("tri", sides=3)
print(s.scale(2))
for call in (lambda: Shape("sq", 4), lambda: s.scale(factor=2), lambda: Shape(sides=4)):
    try:
        call()
    except TypeError as e:
        print(e)

# Introspection of the signature pieces.
code = all_kinds.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount + 2])
print(all_kinds.__defaults__, all_kinds.__kwdefaults__, kw_only.__kwdefaults__)
import inspect
print(inspect.signature(all_kinds), inspect.signature(pos_only))
print([p.kind.name for p in inspect.signature(star).parameters.values()])
