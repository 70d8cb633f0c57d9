import threading
import time
# Two CPU-bound threads must both make progress under the GIL: each counts how
# often it ran while the other was also running.
progress = [0, 0]
stop = threading.Event()
def spin(i):
    while not stop.is_set():
        progress[i] += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
time.sleep(0.3)
stop.set()
for t in ts:
    t.join()
print("both threads progressed:", progress[0] > 0 and progress[1] > 0)
print("threads stopped:", not any(t.is_alive() for t in ts))
