# 16 threads fight over one Lock (and an RLock, re-entered) to bump shared
# counters without the increments being lost.
import os, threading
N = 16
ITERS = int(os.environ.get("GILPY_STRESS_ITERS", "20000"))
lock = threading.Lock()
rlock = threading.RLock()
state = {"a": 0, "b": 0}
def work():
    for _ in range(ITERS):
        with lock:
            v = state["a"]
            state["a"] = v + 1
        with rlock:
            with rlock:
                state["b"] += 1
ts = [threading.Thread(target=work) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join()
assert state["a"] == N * ITERS, state
assert state["b"] == N * ITERS, state
assert not lock.locked()
print("ok", state["a"])
