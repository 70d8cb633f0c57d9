import threading
import queue
q = queue.Queue()
out = []
def producer():
    for i in range(100):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * item)
        q.task_done()
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print(len(out), out[:5], out[-1], out == sorted(out))
work = queue.Queue()
for i in range(50):
    work.put(i)
done = []
done_lock = threading.Lock()
def worker():
    while True:
        try:
            item = work.get_nowait()
        except queue.Empty:
            return
        with done_lock:
            done.append(item)
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(done) == list(range(50)))
