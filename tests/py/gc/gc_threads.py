# The collector runs on whichever thread holds the GIL: several threads
# building cyclic garbage (automatic collections) and calling gc.collect()
# leave nothing behind.
import gc
import threading


class Node:
    alive = 0
    lock = threading.Lock()

    def __init__(self):
        with Node.lock:
            Node.alive += 1

    def __del__(self):
        with Node.lock:
            Node.alive -= 1


def work(k):
    for i in range(5000):
        a = Node()
        b = Node()
        a.b = b
        b.a = a
        a.t = (b, [a])
        if i % 1000 == 0:
            gc.collect()


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("alive after threads", Node.alive)
