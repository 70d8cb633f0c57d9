# loop.run_in_executor and asyncio.to_thread: blocking functions run in
# threads on the GIL while the event loop keeps going.
import asyncio
import threading
import time


def blocking(n, delay):
    time.sleep(delay)
    return n * n, threading.current_thread() is not threading.main_thread()


def boom():
    raise ValueError("from a thread")


async def ticker(log, n):
    for i in range(n):
        log.append(i)
        await asyncio.sleep(0.005)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(ticker(log, 5))
    print(await loop.run_in_executor(None, blocking, 7, 0.2))
    print("loop ran meanwhile:", len(log) >= 3)
    await t
    print(await asyncio.to_thread(blocking, 3, 0.01))
    r = await asyncio.gather(*(asyncio.to_thread(blocking, i, 0.02) for i in range(5)))
    print([x[0] for x in r])
    try:
        await asyncio.to_thread(boom)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(lambda a, b=1: a + b, 1, b=2))

    # call_soon_threadsafe from another thread
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from a thread")
    th = threading.Thread(target=from_thread)
    th.start()
    print(await fut)
    th.join()

    # run_coroutine_threadsafe
    async def add(a, b):
        await asyncio.sleep(0.001)
        return a + b

    def in_thread():
        return asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(5)
    print(await asyncio.to_thread(in_thread))


asyncio.run(main())
print("done")
