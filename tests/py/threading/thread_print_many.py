# 4 threads write many lines into one file at once: its buffer is flushed
# with the GIL released, and no line may be lost, torn or duplicated.
import os
import threading

path = "_thread_print_many.%d.tmp" % os.getpid()  # runs may overlap
f = open(path, "wb")  # binary: CPython's TextIOWrapper is not thread-safe

def talk(k):
    for i in range(3000):
        f.write(b"thread %d line %04d %s\n" % (k, i, b"x" * (i % 37)))

ts = [threading.Thread(target=talk, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
f.close()
with open(path) as g:
    lines = g.read().splitlines()
os.remove(path)
expected = set("thread %d line %04d %s" % (k, i, "x" * (i % 37)) for k in range(4) for i in range(3000))
print(len(lines), len(set(lines)), set(lines) == expected)
for k in range(4):
    mine = [l for l in lines if l.startswith("thread %d " % k)]
    print(k, mine == sorted(mine))
