# Generators and their suspended frames: a generator whose frame refers back
# to it is freed; one suspended inside try/finally has its finally block
# run once by the collector (PEP 442), as CPython does.
import gc

gc.disable()  # only the explicit collections below


def self_ref():
    me = yield
    while True:
        yield me


gc.collect()
before = len(gc.get_objects())
for i in range(20000):
    g = self_ref()
    next(g)
    g.send(g)          # the frame's local `me` is the generator itself
del g
gc.collect()
print("objects bounded", len(gc.get_objects()) - before < 1000)

log = []


def with_finally(box):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


box = []
g = with_finally(box)
next(g)
box.append(g)          # box -> generator -> frame -> box
del g, box
gc.collect()
print(log)


def holder():
    data = []
    try:
        data.append((yield data))
    finally:
        log.append("closed")


g = holder()
d = next(g)
d.append(g)            # the frame's list refers to the generator
del g, d
gc.collect()
print(log)
gc.enable()


# coroutines suspended in a cycle
class Wait:
    def __await__(self):
        yield


async def coro(box):
    try:
        await Wait()
    finally:
        log.append("coro finally")


log.clear()
for i in range(3):
    box = []
    c = coro(box)
    c.send(None)
    box.append(c)
del box, c
gc.collect()
print(log)
