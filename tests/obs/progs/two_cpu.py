# Two CPU-bound threads: they share the GIL by forced drops.
import threading


def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


ts = [threading.Thread(target=work, args=(400000,), name="cpu-%d" % k) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done")
