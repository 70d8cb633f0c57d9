# Exceptions in tasks: awaited ones propagate, unawaited ones are reported
# as "Task exception was never retrieved", callback errors go to the
# exception handler, uncaught errors in asyncio.run print a traceback.
import asyncio


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError("bad %d" % n)


async def main():
    t = asyncio.create_task(bad(1))
    try:
        await t
    except ValueError as e:
        print("awaited:", e, t.done(), type(t.exception()).__name__)

    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((ctx["message"].split(" at ")[0], type(ctx.get("exception")).__name__)))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.001)
    print("handler saw:", seen)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

    t = asyncio.create_task(bad(2))
    await asyncio.sleep(0.01)
    print("unretrieved task done:", t.done())
    del t
    await asyncio.sleep(0)

    async def inner():
        await asyncio.sleep(0)
        raise KeyError("deep")

    async def outer():
        await inner()

    await outer()


try:
    asyncio.run(main())
except KeyError as e:
    print("asyncio.run raised", repr(e))
