import threading
barrier = threading.Barrier(3)
phases = []
lock = threading.Lock()
def runner(name):
    with lock:
        phases.append(("before", name))
    barrier.wait()
    with lock:
        phases.append(("after", name))
ts = [threading.Thread(target=runner, args=(n,)) for n in "xyz"]
for t in ts:
    t.start()
for t in ts:
    t.join()
kinds = [p[0] for p in phases]
print(kinds, sorted(p[1] for p in phases[:3]))
sem = threading.BoundedSemaphore(2)
active = [0]
peak = [0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        for _ in range(2000):
            pass
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 2, active[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
