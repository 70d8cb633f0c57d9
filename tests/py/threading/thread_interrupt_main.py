# _thread.interrupt_main() raises KeyboardInterrupt in the main thread,
# also when it is blocked in a lock, an event or time.sleep (CPython only
# notices once the wait ends: the waits here are bounded).
import _thread
import threading
import time

def later(delay):
    time.sleep(delay)
    _thread.interrupt_main()

def interrupted(what, wait):
    t = threading.Thread(target=later, args=(0.05,))
    t.start()
    try:
        wait()
        print(what, "not interrupted")
    except KeyboardInterrupt:
        print(what, "-> KeyboardInterrupt")
    t.join()

lock = threading.Lock()
lock.acquire()
interrupted("lock.acquire(timeout=0.3)", lambda: lock.acquire(timeout=0.3))
interrupted("Event().wait(0.3)", lambda: threading.Event().wait(0.3))
interrupted("time.sleep(0.3)", lambda: time.sleep(0.3))
def spin():
    while True:
        pass
interrupted("busy loop", spin)
print("main thread still fine")
