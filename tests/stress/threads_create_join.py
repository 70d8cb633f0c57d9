# 64 threads created and joined, over and over; every thread's work counted.
import os, threading
ROUNDS = int(os.environ.get("GILPY_STRESS_ROUNDS", "50"))
N = 64
total = 0
for r in range(ROUNDS):
    results = [None] * N
    def work(i):
        s = 0
        for k in range(200):
            s += k * i
        results[i] = s
    ts = [threading.Thread(target=work, args=(i,)) for i in range(N)]
    for t in ts: t.start()
    for t in ts: t.join()
    assert all(not t.is_alive() for t in ts)
    assert results == [sum(k * i for k in range(200)) for i in range(N)], r
    total += N
assert threading.active_count() == 1, threading.active_count()
print("ok", total, "threads")
