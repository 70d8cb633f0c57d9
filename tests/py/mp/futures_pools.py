# concurrent.futures: ThreadPoolExecutor and ProcessPoolExecutor (map, submit,
# as_completed, wait, callbacks, exceptions with their type, chunksize) and a
# worker that dies (os._exit) giving BrokenProcessPool instead of a hang.
import os, time, threading
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError
from concurrent.futures.process import BrokenProcessPool
import concurrent.futures as cf

def sq(x): return x * x
def fail(x): raise KeyError(x)
def crash(x):
    os._exit(7)
def name(_): return threading.current_thread().name

with ThreadPoolExecutor(max_workers=2, thread_name_prefix='w') as ex:
    print(list(ex.map(sq, range(6))))
    fs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    f = ex.submit(fail, 'k')
    print(type(f.exception()).__name__, f.done(), f.cancelled())
    d, nd = wait(fs, return_when=ALL_COMPLETED); print(len(d), len(nd))
    print(sorted(set(ex.map(name, range(4))))[0].startswith('w_'))
    got = []
    called = threading.Event()
    f = ex.submit(sq, 3)
    f.add_done_callback(lambda fut: (got.append(fut.result()), called.set()))
    called.wait(30)
    print(got)
with ProcessPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(sq, range(8))))
    print(list(ex.map(sq, range(8), chunksize=3)))
    f = ex.submit(fail, 'z')
    try:
        f.result()
    except KeyError as e:
        print('KeyError', e)
    print(sorted(f.result() for f in as_completed([ex.submit(sq, i) for i in range(4)])))
ex = ProcessPoolExecutor(max_workers=2)
f = ex.submit(crash, 1)
try:
    f.result(timeout=10)
except BrokenProcessPool as e:
    print('BrokenProcessPool', e)
try:
    ex.submit(sq, 1)
except BrokenProcessPool as e:
    print('still broken')
ex.shutdown()
f = cf.Future(); print(f.cancel(), f.cancelled())
try: f.result()
except CancelledError: print('cancelled')
