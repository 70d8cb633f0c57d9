def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
adders = {n: (lambda n: lambda x: x + n)(n) for n in (1, 5)}
print(adders[1](10), adders[5](10))
y = 100
f = lambda x: x + y
y = 200
print(f(1))
print((lambda *a, k=3, **kw: (a, k, kw))(1, 2, z=0))
print(sorted(["bb", "a", "ccc"], key=lambda s, m=-1: m * len(s)))
