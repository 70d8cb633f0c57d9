# 4 threads each time.sleep(0.2) at once: wall time, alone and with a
# CPU-bound thread spinning beside them.
import threading
import time

def sleepers():
    ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(4)]
    t0 = time.perf_counter()
    for t in ts: t.start()
    for t in ts: t.join()
    return time.perf_counter() - t0

stop = False
def spin():
    x = 0
    while not stop:
        x += 1

alone = min(sleepers() for _ in range(3))
sp = threading.Thread(target=spin)
sp.start()
time.sleep(0.05)
loaded = min(sleepers() for _ in range(3))
stop = True
sp.join()
print("sleep4 alone=%.3fs loaded=%.3fs" % (alone, loaded))
