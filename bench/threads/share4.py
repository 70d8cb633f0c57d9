# 4 CPU-bound threads for 2 s: each counts its loop iterations; prints the
# min/max share (1.0: perfectly fair).
import sys
import threading
import time

DURATION = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
counts = [0, 0, 0, 0]
stop = False
go = threading.Event()

def spin(k):
    go.wait()
    n = 0
    while not stop:
        n += 1
    counts[k] = n

ts = [threading.Thread(target=spin, args=(k,)) for k in range(4)]
for t in ts: t.start()
go.set()
time.sleep(DURATION)
stop = True
for t in ts: t.join()
print("share4 min_max=%.3f total=%d" % (min(counts) / max(counts), sum(counts)))
