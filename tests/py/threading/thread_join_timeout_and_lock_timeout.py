import threading
import time
gate = threading.Event()
def wait_gate():
    gate.wait()
t = threading.Thread(target=wait_gate)
t.start()
t.join(timeout=0.05)
print("alive after join timeout:", t.is_alive())
gate.set()
t.join()
print("alive after gate:", t.is_alive())
lock = threading.Lock()
lock.acquire()
t0 = time.monotonic()
print("acquire with timeout:", lock.acquire(timeout=0.05))
print("waited at least 0.04 s:", time.monotonic() - t0 >= 0.04)
lock.release()
print("acquire after release:", lock.acquire(timeout=0.05))
