# 8 producers x 8 consumers move ITEMS items through one queue.Queue:
# every item arrives exactly once. GILPY_STRESS_ITEMS (default 1,000,000)
# is set smaller by the CTest registration of sanitizer builds.
import os, queue, threading
ITEMS = int(os.environ.get("GILPY_STRESS_ITEMS", "1000000"))
P = C = 8
q = queue.Queue(maxsize=1000)
per = ITEMS // P
seen = [bytearray(per) for _ in range(P)]
counts = [0] * C
dups = []
def producer(p):
    for i in range(per):
        q.put((p, i))
def consumer(c):
    n = 0
    while True:
        item = q.get()
        if item is None:
            break
        p, i = item
        if seen[p][i]:
            dups.append(item)
        seen[p][i] = 1
        n += 1
    counts[c] = n
prods = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
cons = [threading.Thread(target=consumer, args=(c,)) for c in range(C)]
for t in cons + prods: t.start()
for t in prods: t.join()
for _ in range(C): q.put(None)
for t in cons: t.join()
assert not dups, dups[:10]
assert sum(counts) == per * P, (sum(counts), per * P)
assert all(all(b) for b in seen), "items lost"
assert q.empty()
print("ok", per * P, "items")
