# async with and the async helpers of contextlib: asynccontextmanager
# (normal exit, handled and unhandled exceptions), aclosing, nullcontext,
# and several async context managers in one statement.
import asyncio
import contextlib

log = []


@contextlib.asynccontextmanager
async def connection(name):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        log.append(f"close {name}")


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("numbers closed")


async def main():
    async with connection("db") as conn:
        log.append(f"using {conn}")
    print(log)
    log.clear()

    async with connection("a") as a, connection("b") as b:
        log.append(f"both {a}{b}")
    print(log)
    log.clear()

    async with connection("k"):
        raise KeyError("missing")
    print(log)
    log.clear()

    try:
        async with connection("v"):
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"propagated {e}")
    print(log)
    log.clear()

    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    async with contextlib.aclosing(numbers()) as gen:
        async for n in gen:
            if n == 2:
                break
    print(log)
    log.clear()

    async with contextlib.nullcontext("plain") as value:
        print("nullcontext gave", value)
    print(connection.__name__, connection.__wrapped__.__name__)


asyncio.run(main())


async def stacked():
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(connection(n)) for n in ("x", "y")]
        stack.callback(log.append, "sync callback")
        stack.push_async_callback(asyncio.sleep, 0)
        log.append(f"stack holds {names}")
    print(log)
    log.clear()
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(stacked())

import os
start = os.getcwd()
with contextlib.chdir("pkg_imp"):
    print("in", os.path.basename(os.getcwd()))
print("back:", os.getcwd() == start)
