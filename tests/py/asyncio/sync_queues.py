# asyncio Lock, Event, Condition, Semaphore, BoundedSemaphore and the
# queues (Queue, PriorityQueue, LifoQueue) with producers and consumers.
import asyncio


async def locks():
    lock = asyncio.Lock()
    shared = []

    async def critical(name):
        async with lock:
            shared.append(name + ">")
            await asyncio.sleep(0.001)
            shared.append("<" + name)

    await asyncio.gather(*(critical(n) for n in "abc"))
    print("lock:", shared, lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    got = []

    async def waiter(i):
        await ev.wait()
        got.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.001)
    print("event before set:", got, ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print("event after set:", got, ev.is_set())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.002)
            active -= 1

    await asyncio.gather(*(limited(i) for i in range(6)))
    print("semaphore peak:", peak, sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return (i, items.pop(0))

    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0.001)
    async with cond:
        items.extend(["x", "y"])
        cond.notify_all()
    print("condition:", sorted(await asyncio.gather(*cs)))


async def queues():
    q = asyncio.Queue(maxsize=3)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    results = []

    async def producer(n):
        for i in range(n):
            await q.put(i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            results.append(item)

    await asyncio.gather(producer(10), consumer())
    await q.join()
    print("queue:", results)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    for i in range(3):
        q.put_nowait(i)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        await asyncio.wait_for(q.put(9), 0.01)
    except asyncio.TimeoutError:
        print("put timed out on a full queue")
    print([q.get_nowait() for _ in range(3)])

    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    print("priority:", [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in (1, 2, 3):
        await lq.put(x)
    got = []
    for _ in range(3):
        got.append(await lq.get())
    print("lifo:", got)

    # many producers and consumers
    q = asyncio.Queue()
    total = []

    async def prod(k):
        for i in range(100):
            await q.put(k * 1000 + i)
            if i % 10 == 0:
                await asyncio.sleep(0)

    async def cons():
        while True:
            v = await q.get()
            total.append(v)
            q.task_done()

    cons_tasks = [asyncio.create_task(cons()) for _ in range(4)]
    await asyncio.gather(*(prod(k) for k in range(5)))
    await q.join()
    for t in cons_tasks:
        t.cancel()
    await asyncio.gather(*cons_tasks, return_exceptions=True)
    print("all items:", len(total), sorted(total) == sorted(k * 1000 + i for k in range(5) for i in range(100)))


asyncio.run(locks())
asyncio.run(queues())
