import sys
import threading
import time

def worker():
    pass
t = threading.Thread(target=worker)
print(t.name.startswith("Thread-"), t.name.endswith(" (worker)"), repr(t).endswith(" (worker), initial)>"))
print(t.ident, t.native_id, t.is_alive(), t.daemon)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
print(isinstance(t.ident, int), isinstance(t.native_id, int), t.is_alive())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name="my-%d" % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
        self.seen = threading.current_thread() is self
ms = [MyThread(n) for n in (10, 100)]
for m in ms: m.start()
for m in ms: m.join()
print([(m.name, m.result, m.seen) for m in ms])

print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.get_ident() == threading.main_thread().ident)

ev = threading.Event()
slow = threading.Thread(target=ev.wait, daemon=True)
slow.start()
slow.join(timeout=0.01)
print(slow.is_alive(), threading.active_count())
try:
    slow.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
ev.set()
slow.join()
print(slow.is_alive())

fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start(); tm.join()
tc = threading.Timer(10, fired.append, args=("cancelled",))
tc.start(); tc.cancel(); tc.join()
print(fired)

c = threading.Condition()
state = []
def setter():
    time.sleep(0.01)
    with c:
        state.append(1)
        c.notify()
threading.Thread(target=setter).start()
with c:
    print(c.wait_for(lambda: state, timeout=5))
    print(c.wait_for(lambda: False, timeout=0.01))
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b.broken)
s = threading.BoundedSemaphore(1)
s.acquire(); s.release()
try:
    s.release()
except ValueError as e:
    print("ValueError:", e)

def exits():
    sys.exit(3)
e = threading.Thread(target=exits)
e.start(); e.join()
print("sys.exit in a thread ends only that thread")

t = threading.Thread(target=lambda: None)
t.name = "renamed"
t.start(); t.join()
print(t.name)
