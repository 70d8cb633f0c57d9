def g():
    yield
print(list(g()), next(g()))
def h():
    return
    yield
print(list(h()))
def running():
    it = yield 1
    yield it
gen = running()
print(next(gen), gen.send("sent"))
def recurse(n):
    if n:
        yield n
        yield from recurse(n - 1)
print(list(recurse(5)))
gen = (x for x in range(3))
print(iter(gen) is gen, list(zip(gen, gen)))
def self_ref():
    yield gen2 is not None
gen2 = self_ref()
print(next(gen2))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def yield_in_expr():
    x = (yield 1) + (yield 2)
    yield x
y = yield_in_expr()
print(next(y), y.send(10), y.send(20))
