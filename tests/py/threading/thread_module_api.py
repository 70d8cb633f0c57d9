import _thread
import threading
import time

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, repr(lock).startswith("<unlocked _thread.lock object at"))
print(lock.acquire(), lock.locked(), repr(lock).startswith("<locked _thread.lock"))
print(lock.acquire(False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
for kw in [dict(blocking=False, timeout=1), dict(timeout=-2)]:
    try:
        lock.acquire(**kw)
    except ValueError as e:
        print("ValueError:", e)
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))

results = []
done = _thread.allocate_lock()
done.acquire()
def worker(a, b, c=0):
    results.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()
main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print(results, isinstance(ident, int))
def quitter():
    _thread.exit()
    results.append("not reached")
_thread.start_new_thread(quitter, ())
time.sleep(0.05)
print(len(results))
for bad in [(1, ()), (worker, [1]), (worker, (), 5)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(_thread.get_native_id(), int))
