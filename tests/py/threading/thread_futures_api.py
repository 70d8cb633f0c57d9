import threading
import time
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED, ALL_COMPLETED, CancelledError, TimeoutError)

gate = threading.Event()
def slow(x):
    gate.wait()
    return x * 10
def quick(x):
    return x + 1

with ThreadPoolExecutor(max_workers=2) as ex:
    a = ex.submit(slow, 1)
    b = ex.submit(quick, 1)
    done, not_done = wait([a, b], return_when=FIRST_COMPLETED)
    print(b in done, a in not_done, b.result())
    try:
        a.result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError")
    gate.set()
    done, not_done = wait([a, b], return_when=ALL_COMPLETED)
    print(len(done), len(not_done), a.result())
    seen = []
    f = ex.submit(quick, 5)
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    f.result()
    time.sleep(0.01)
    print(seen, f.done(), f.running(), f.cancelled())
    print(sorted(fu.result() for fu in as_completed([ex.submit(quick, i) for i in range(5)])))
    try:
        list(ex.map(lambda x: 10 // x, [1, 0, 2]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

f = Future()
print(f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError:
    print("CancelledError")
g = Future()
g.set_result(3)
print(g.result(), g.exception(), g.cancel())
ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(quick, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
