# The language under asyncio: async def/await driven by hand (send/throw/
# close), __await__, async with, async for, async generators (asend/athrow/
# aclose) and async comprehensions, with no event loop involved.
class Fut:
    def __await__(self):
        value = yield "suspended"
        return value


async def add_later(x):
    v = await Fut()
    return x + v


async def nested():
    try:
        return await add_later(1)
    finally:
        print("nested finally")


c = nested()
print(c.send(None))
try:
    c.send(41)
except StopIteration as e:
    print("returned", e.value)

c = nested()
c.send(None)
try:
    c.throw(ValueError("thrown in"))
except ValueError as e:
    print("ValueError:", e)

c = nested()
c.send(None)
c.close()
print("closed")


class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("agen got", got)
    finally:
        print("agen finally")


async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", suppress=True):
        raise KeyError("suppressed")
    try:
        async with CM("r"):
            raise KeyError("propagates")
    except KeyError as e:
        print("KeyError:", e)
    for i in range(3):
        async with CM("loop"):
            if i == 1:
                break
    async for i in Countdown(3):
        print("countdown", i)
    else:
        print("countdown else")
    async for i in agen(5):
        if i == 2:
            break
    print([x async for x in agen(3)])
    print({x: x * x async for x in Countdown(3)})
    print([await add_later(x) for x in range(2)] == [x + None for x in []] or "ok")
    g = agen(3)
    print(await g.asend(None), await g.asend("hello"))
    try:
        await g.athrow(RuntimeError("athrow"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    return "main done"


def run(coro):
    """A two-line event loop: answers every suspension with 1."""
    try:
        value = coro.send(None)
        while True:
            value = coro.send(1)
    except StopIteration as e:
        return e.value


print(run(main()))
for src in ("def f():\n    await x\n", "def f():\n    async with x: pass\n",
            "def f():\n    async for x in y: pass\n", "async def f():\n    yield from x\n",
            "def f():\n    return [x async for x in y]\n"):
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
