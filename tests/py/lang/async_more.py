import asyncio
class Resource:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)
        return False
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")
async def main():
    async with Resource() as r:
        print("using", type(r).__name__)
    async for t in ticker(3):
        print("tick", t)
    q = asyncio.Queue()
    for i in range(3):
        await q.put(i)
    got = []
    while not q.empty():
        got.append(await q.get())
    print(got)
    results = await asyncio.gather(failing(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(failing())
    try:
        await task
    except ValueError as e:
        print("ValueError:", e, task.done())
print(asyncio.run(main()))
