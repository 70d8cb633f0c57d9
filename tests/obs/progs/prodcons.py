# A producer and a consumer handing items through a queue.Queue.
import queue
import threading

q = queue.Queue(maxsize=8)
N = 3000


def producer():
    for i in range(N):
        q.put(i * 3)
    q.put(None)


def consumer():
    total = 0
    while True:
        x = q.get()
        if x is None:
            break
        total += x
    print("total", total)


p = threading.Thread(target=producer, name="producer")
c = threading.Thread(target=consumer, name="consumer")
c.start()
p.start()
p.join()
c.join()
