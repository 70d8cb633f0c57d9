# The interpreter exits while daemon threads are mid-work (allocating,
# printing to a buffer, holding and waiting on locks): exit status 0, the
# main thread's output complete, no crash at teardown.
import threading
lock = threading.Lock()
cond = threading.Condition()
def churn():
    x = []
    while True:
        x.append([1, 2, 3] * 10)
        if len(x) > 1000:
            x = []
def locker():
    while True:
        with lock:
            pass
def waiter():
    with cond:
        cond.wait()
for f in (churn, churn, locker, waiter):
    threading.Thread(target=f, daemon=True).start()
s = 0
for i in range(20000):
    s += i
print("ok", s)
