# Coroutines driven by hand (no event loop): __await__, send, throw and
# close on coroutines, and async generators driven via asend/athrow/aclose.
import types


class Suspend:
    """An awaitable that yields a request to whoever drives the coroutine."""

    def __init__(self, request):
        self.request = request

    def __await__(self):
        reply = yield self.request
        return reply


async def worker(name):
    a = await Suspend(f"{name}: need a")
    b = await Suspend(f"{name}: need b")
    return f"{name} got {a + b}"


def drive(coro, replies):
    reply = None
    try:
        while True:
            request = coro.send(reply)
            print("  request:", request)
            reply = replies.pop(0)
    except StopIteration as stop:
        return stop.value


print(drive(worker("w1"), [1, 2]))


async def nested():
    first = await worker("inner")
    return first.upper()


print(drive(nested(), [10, 20]))


@types.coroutine
def legacy_sleep():
    got = yield "legacy-yield"
    return got


async def uses_legacy():
    return await legacy_sleep()


c = uses_legacy()
print(c.send(None))
try:
    c.send("woken")
except StopIteration as e:
    print("legacy result:", e.value)

# throw/close on a suspended coroutine.
async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return f"handled {e!r}"
    finally:
        print("  guarded cleanup")


g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
g2 = guarded()
g2.send(None)
g2.close()

# Awaiting something that is not awaitable.
async def bad_await():
    await 42


try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)

# A coroutine cannot be resumed once finished.
done = worker("x")
drive(done, [0, 0])
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def ticks(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("  agen received", received)
    finally:
        print("  agen finalised")


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


ag = ticks(3)
print(step(ag.__anext__()), step(ag.asend("hello")), step(ag.__anext__()))
print(step(ag.__anext__()))
ag2 = ticks(5)
step(ag2.__anext__())
try:
    step(ag2.athrow(ValueError("into agen")))
except ValueError as e:
    print("athrow propagated:", e)
ag3 = ticks(5)
step(ag3.__anext__())
print("aclose ->", step(ag3.aclose()))
print(type(ag).__name__, ag.__name__)


# ag_frame / ag_code of an async generator, driven by hand.
async def counter_agen():
    x = 1
    yield x
    yield x + 1


cg = counter_agen()
print(cg.ag_frame.f_lineno == cg.ag_code.co_firstlineno, cg.ag_code.co_name, cg.ag_running)
print(step(cg.__anext__()), sorted(cg.ag_frame.f_locals), cg.ag_frame.f_locals["x"])
print(step(cg.__anext__()), step(cg.__anext__()), cg.ag_frame, cg.ag_code.co_name)
