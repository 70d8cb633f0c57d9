# 2 CPU-bound threads vs the same work done sequentially: prints the ratio
# threaded/sequential wall time (1.0: the GIL costs nothing extra).
import threading
import time

N = 5000000  # about 0.6 s per phase: shorter runs drown in scheduler noise

def work(n):
    s = 0
    i = 0
    while i < n:
        s += i & 7
        i += 1
    return s

def best(f, reps=3):
    b = None
    for _ in range(reps):
        t = time.perf_counter()
        f()
        d = time.perf_counter() - t
        b = d if b is None or d < b else b
    return b

def seq():
    work(N)
    work(N)

def thr():
    ts = [threading.Thread(target=work, args=(N,)) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()

# alternate the two so that a change in machine load hits both alike
s = p = None
for _ in range(4):
    a = best(seq, 1)
    b = best(thr, 1)
    s = a if s is None or a < s else s
    p = b if p is None or b < p else p
print("cpu2 seq=%.3fs threads=%.3fs ratio=%.3f" % (s, p, p / s))
