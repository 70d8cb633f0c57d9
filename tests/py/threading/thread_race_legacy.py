# gilpy-args: -X gilpolicy=legacy
# Unlocked x = x + 1 from 4 threads loses updates under gilpy's legacy
# policy (it may switch between any two instructions, as Python 2 did);
# with a Lock the count is exact.
import sys
import threading

N, T = 50000, 4
x = 0
go = threading.Event()
def bump():
    global x
    go.wait()
    for i in range(N):
        x = x + 1
        if i % 3 == 0:
            # iterations of unequal length: the switch points (every 100
            # instructions) then drift across the loop body
            i = -i
def attempt():
    global x
    x = 0
    go.clear()
    ts = [threading.Thread(target=bump) for _ in range(T)]
    for t in ts: t.start()
    go.set()  # all four contend from the start
    for t in ts: t.join()
    return x
# a switch must land between the load and the store: try a few times
counts = []
for _ in range(20):
    counts.append(attempt())
    if counts[-1] < N * T:
        break
if sys.implementation.name == "gilpy":
    assert counts[-1] < N * T, ("expected lost updates under legacy", counts)
print("unlocked count <= expected:", all(c <= N * T for c in counts))

y = 0
lock = threading.Lock()
def bump_locked():
    global y
    for _ in range(N):
        with lock:
            y = y + 1
ts = [threading.Thread(target=bump_locked) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("locked count:", y)
