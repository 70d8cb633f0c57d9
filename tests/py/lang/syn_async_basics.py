# async def / await / async for / async with, run with asyncio.run.
import asyncio


async def fetch(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()


async def sequential():
    log = []
    a = await fetch("a", 0, log)
    b = await fetch("b", 0, log)
    return [a, b], log


print(asyncio.run(sequential()))


async def concurrent():
    log = []
    results = await asyncio.gather(fetch("x", 0.02, log), fetch("y", 0.01, log), fetch("z", 0, log))
    return results, log


res, log = asyncio.run(concurrent())
print(res)
print(log[:3], sorted(log[3:]))


class Ticker:
    """An async iterator: __aiter__ returns self, __anext__ is a coroutine."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        print(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError


async def main():
    out = []
    async for t in Ticker(3):
        out.append(t)
    print("ticker:", out)
    print("agen:", [v async for v in agen(5)])
    print("filtered:", [v async for v in agen(6) if v % 2])
    async with Session("s1") as s, Session("s2"):
        print("inside", s.name)
    async with Session("s3"):
        raise KeyError("suppressed")
    try:
        async with Session("s4"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    total = 0
    async for v in agen(4):
        total += v
    else:
        print("async for else, total", total)
    return "main done"


print(asyncio.run(main()))


async def compute(x):
    return x * 2


coro = compute(21)
print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(compute))
print(asyncio.run(coro))


async def failing():
    await asyncio.sleep(0)
    raise RuntimeError("task failed")


async def catcher():
    try:
        await failing()
    except RuntimeError as e:
        return f"caught: {e}"


print(asyncio.run(catcher()))


async def with_timeout():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        return "timed out"


print(asyncio.run(with_timeout()))
