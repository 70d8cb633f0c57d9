# 8 threads mutate shared lists, dicts, sets and objects; the totals must
# come out exact (every operation below is one atomic step under the GIL
# or is done under a lock).  Run under TSan/ASan builds too.
import threading

class Box:
    def __init__(self):
        self.items = []
        self.count = 0

shared_list = []
shared_dict = {}
shared_set = set()
box = Box()
lock = threading.Lock()
barrier = threading.Barrier(8)

def worker(k):
    barrier.wait()
    for i in range(2000):
        shared_list.append((k, i))
        shared_dict[(k, i)] = i
        shared_set.add(k * 100000 + i)
        if i % 3 == 0:
            shared_dict.pop((k, i))
        with lock:
            box.count += 1
            box.items.append(i)
            if len(box.items) > 50:
                del box.items[:25]
        s = "%d-%d" % (k, i)
        d = {s: [s] * 3}
        shared_list[-1:] = shared_list[-1:]
        del d

ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared_list), len(shared_dict), len(shared_set), box.count)
print(sorted(shared_list) == sorted((k, i) for k in range(8) for i in range(2000)))
print(sum(shared_dict.values()) == 8 * sum(i for i in range(2000) if i % 3))
print(all(isinstance(x, int) for x in box.items))
