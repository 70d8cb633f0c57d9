# asyncio.run, coroutines, tasks, gather, wait, wait_for, sleep,
# timeout, shield, cancellation, call_soon/call_later/call_at.
import asyncio


async def work(name, delay, log, result=None):
    await asyncio.sleep(delay)
    log.append(name)
    return result if result is not None else name.upper()


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    log = []
    print(await work("direct", 0, log))
    r = await asyncio.gather(work("a", 0.03, log), work("b", 0.01, log), work("c", 0.02, log))
    print(r, log)
    r = await asyncio.gather(work("ok", 0.01, log), fail(0.005, ValueError("bad")), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(work("x", 0.02, log), fail(0.005, KeyError("k")))
    except KeyError as e:
        print("gather raised KeyError", e)
    print(await asyncio.gather())

    t = asyncio.create_task(work("task", 0.01, log), name="my-task")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result(), t.cancelled())

    t1 = asyncio.create_task(work("fast", 0.01, log))
    t2 = asyncio.create_task(work("slow", 0.5, log))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print(done == {t1}, pending == {t2})
    done, pending = await asyncio.wait({t1, t2})
    print(len(done), len(pending), t2.result())
    t3 = asyncio.create_task(work("never", 10, log))
    done, pending = await asyncio.wait([t3], timeout=0.01)
    print(len(done), len(pending))
    t3.cancel()

    try:
        await asyncio.wait_for(work("too slow", 1, log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(work("in time", 0.01, log), timeout=1))

    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("timeout() not expired:", cm.expired())

    # cancellation
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper saw CancelledError")
            raise
        finally:
            print("sleeper finally")

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(t.cancelled(), t.done(), issubclass(asyncio.CancelledError, BaseException))

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # shield
    inner = asyncio.create_task(work("shielded", 0.03, log))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner running:", not inner.done())
    print(await inner)

    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # callbacks
    loop = asyncio.get_running_loop()
    order = []
    fut = loop.create_future()
    loop.call_later(0.02, order.append, "later")
    loop.call_at(loop.time() + 0.01, order.append, "at")
    loop.call_soon(order.append, "soon")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    loop.call_later(0.03, fut.set_result, "future done")
    print(await fut, order)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append(("cb", f.result())))
    fut.set_result(42)
    await asyncio.sleep(0)
    print(order[-1], fut.done(), repr(fut))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError")
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(asyncio.current_task() is not None, asyncio.get_running_loop() is loop)
    print(len(asyncio.all_tasks()) >= 1)
    return "main result"


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(work("rc", 0.001, [])), loop.is_closed(), loop.is_running())
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    coro = work("x", 0, [])
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
asyncio.run(nested())
