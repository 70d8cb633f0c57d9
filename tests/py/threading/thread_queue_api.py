import queue
import threading

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize(), q.empty())
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
print(q.get(), q.get_nowait())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty nowait")

lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2]: pq.put((x, str(x)))
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")

work = queue.Queue()
done = []
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        done.append(item * 2)
        work.task_done()
ts = [threading.Thread(target=consumer) for _ in range(3)]
for t in ts: t.start()
for i in range(30): work.put(i)
work.join()
print(sorted(done) == [i * 2 for i in range(30)])
for _ in ts: work.put(None)
for t in ts: t.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# a bounded producer/consumer: the producer blocks on a full queue
bq = queue.Queue(maxsize=1)
got = []
def slow_consumer():
    for _ in range(5):
        got.append(bq.get())
c = threading.Thread(target=slow_consumer)
c.start()
for i in range(5):
    bq.put(i)
c.join()
print(got)
