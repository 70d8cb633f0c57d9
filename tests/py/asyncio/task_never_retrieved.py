# "Task exception was never retrieved" / "Future exception was never
# retrieved" appear when the last reference goes, between the same
# stderr lines as in CPython; retrieved exceptions are not reported.
import asyncio, sys
async def bad(n):
    raise ValueError(n)
async def main():
    t = asyncio.create_task(bad(1))
    await asyncio.sleep(0.01)
    print("before del", file=sys.stderr)
    del t
    await asyncio.sleep(0.01)
    print("after del", file=sys.stderr)
    t2 = asyncio.create_task(bad(2))
    await asyncio.sleep(0.01)
    print(t2.exception())
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("fut"))
    f = None
    await asyncio.sleep(0)
    print("end", file=sys.stderr)
asyncio.run(main())
