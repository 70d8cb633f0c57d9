def running_stats():
    count = 0
    total = 0
    lo = hi = None
    while True:
        x = yield {"count": count, "total": total, "min": lo, "max": hi}
        count += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
g = running_stats()
print(next(g))
for v in [5, -2, 9]:
    print(g.send(v))
g.close()
try:
    g.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
