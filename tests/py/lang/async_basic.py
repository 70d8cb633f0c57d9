import asyncio
async def work(name, n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return name + "=" + str(total)
async def main():
    r = await work("single", 4)
    print(r)
    results = await asyncio.gather(work("a", 3), work("b", 5), work("c", 1))
    print(results)
    async def agen():
        for i in range(3):
            yield i
    print([x async for x in agen()])
asyncio.run(main())
print(type(work("x", 1)).__name__ if False else "coroutine")
