# concurrent.futures.Future and helpers without pools: states, callbacks,
# cancel, timeouts, wait() modes, as_completed order, map timeout,
# shutdown(cancel_futures=True).
import threading
import time
from concurrent import futures as cf


def slow(x):
    time.sleep(x)
    return x


f = cf.Future()
print(f.done(), f.running(), f.cancelled())
seen = []
f.add_done_callback(lambda fut: seen.append(('cb', fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.result(), f.exception(), f.done(), seen)
try:
    f.set_result(1)
except cf.InvalidStateError:
    print('InvalidStateError')
g = cf.Future()
try:
    g.result(timeout=0.01)
except cf.TimeoutError:
    print('TimeoutError from result')
g.set_exception(ZeroDivisionError('z'))
print(type(g.exception()).__name__, g.exception().args)
c = cf.Future()
print(c.cancel(), c.cancelled(), c.done(), c.set_running_or_notify_cancel())
try:
    c.result()
except cf.CancelledError:
    print('CancelledError')

gate = threading.Event()


def gated(x):
    gate.wait()
    return x


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    a = ex.submit(gated, 'gated')
    b = ex.submit(slow, 0.01)
    done, not_done = cf.wait([a, b], return_when=cf.FIRST_COMPLETED)
    print([x.result() for x in done], len(not_done))
    e = ex.submit(lambda: 1 / 0)
    done, not_done = cf.wait([e, a], return_when=cf.FIRST_EXCEPTION)
    print(e in done, a in not_done)
    gate.set()
    done, not_done = cf.wait([a, b, e], timeout=30)
    print(len(done), len(not_done))
    order = [fut.result() for fut in cf.as_completed([ex.submit(slow, t) for t in (0.3, 0.1, 0.2)])]
    print(sorted(order))
    it = ex.map(slow, [0.5, 0.01], timeout=0.1)
    try:
        list(it)
    except cf.TimeoutError:
        print('map timed out')

started = threading.Event()


def first_task():
    started.set()
    time.sleep(0.2)
    return 0.2


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(first_task)
started.wait()   # the worker runs it: only the others can be cancelled
rest = [ex.submit(slow, 0.01) for _ in range(3)]
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [r.cancelled() for r in rest])
try:
    ex.submit(slow, 0)
except RuntimeError as err:
    print('RuntimeError:', err)
print(threading.active_count())
