# weakref.proxy forwards every operation to the live referent and raises
# ReferenceError once it died.
import re
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __iter__(self):
        return iter(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return self.xs < other.xs

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __bool__(self):
        return any(self.xs)

    def __str__(self):
        return "Vec%s" % (tuple(self.xs),)

    def __call__(self, k):
        return self.xs[k]


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(type(p).__name__, weakref.proxy(v) is p, str(p), len(p), p[1], list(p), 2 in p)
print((p + v).xs, (p * 2).xs, (-p).xs, bool(p), p == Vec(1, 2, 3), p < Vec(9), p(0))
p[0] = 10
p.label = "L"
print(v.xs, v.label, p.label, p.xs)
del p.label
print(hasattr(v, "label"), p.__class__.__name__)
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(p)))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

q = weakref.proxy(v, lambda pr: print("proxy callback", type(pr).__name__))
print(q is p, weakref.getweakrefcount(v))
del v
for op in [lambda: p.xs, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: p(0), lambda: bool(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)

n = [5]
class Num:
    def __init__(self, x):
        self.x = x
    def __index__(self):
        return self.x
    def __int__(self):
        return self.x
    def __float__(self):
        return self.x + 0.5
k = Num(2)
pk = weakref.proxy(k)
print(int(pk), float(pk), ["a", "b", "c"][pk], type(pk).__name__)
def f(a, b=1):
    return a + b
pf = weakref.proxy(f)
print(type(pf).__name__, pf(1), pf(1, b=5), pf.__name__)
