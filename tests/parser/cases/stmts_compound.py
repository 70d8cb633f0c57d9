# Compound statements.
if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3

while x < 10:
    x += 1
    if x == 5:
        break
    else:
        continue
else:
    done = True

for i in range(10):
    print(i)
else:
    print("no break")

for i, (j, k) in enumerate(pairs):
    pass

for x, in items: pass
for *a, b in c: pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    print(e)
except Exception as exc:
    raise RuntimeError("x") from exc
except:
    raise
else:
    fine()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    g()
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

with open(f) as fh:
    data = fh.read()

with a as b, c as d, e:
    pass

with (a as b, c as d,):
    pass

with (a, b):
    pass

with (a):
    pass

with (yield x) as y:
    pass

with (a, b) as c:
    pass

with a as (b, c):
    pass

with a as b[0], c as d.e:
    pass

def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def h(a, b, /, c, d=1, *, e, f=2):
    "docstring"
    return

def k(a=1, /, b=2, *, c):
    return a, b, c

def ann(x: int, *args: str, y: "fwd" = None, **kw: dict) -> None: ...

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    return (yield)

async def coro(x):
    await x
    async for i in aiter():
        pass
    async with lock as l, other:
        pass
    return [i async for i in x]

@decorator
@decorator.attr(arg, kw=1)
@(lambda f: f)
def decorated(): pass

@dec
class C(Base, metaclass=Meta, **extra):
    x = 1
    def method(self):
        return self.x

class D: pass

class E():
    pass

@dec
async def ad(): pass

if x:
    if y:
        if z:
            pass
        else:
            pass

def outer():
    def inner():
        nonlocal v
        global w
        v = w = 1
    return inner
