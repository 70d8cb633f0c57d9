# Weak references shared between threads: callbacks run in the thread
# that drops the last reference; a WeakValueDictionary cache filled and
# read by several threads.
import threading
import weakref


class Item:
    def __init__(self, n):
        self.n = n


cache = weakref.WeakValueDictionary()
lock = threading.Lock()
died = []


def worker(k, keep):
    for i in range(200):
        key = k * 100 + i % 50
        with lock:
            item = cache.get(key)
            if item is None:
                item = Item(key)
                cache[key] = item
        if i % 7 == 0:
            keep.append(item)
    r = weakref.ref(keep[0], lambda ref: died.append(threading.current_thread().name))
    keep.clear()
    return r


kept = {k: [] for k in range(4)}
refs = {}
threads = [threading.Thread(target=lambda k=k: refs.__setitem__(k, worker(k, kept[k])), name="w%d" % k)
           for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(died))
print(len(cache) == 0, [r() for r in refs.values()] == [None] * 4)

# a ref made in one thread, its referent dropped in another
obj = Item(7)
r = weakref.ref(obj, lambda ref: print("callback in", threading.current_thread().name))
box = [obj]
del obj
t = threading.Thread(target=box.clear, name="dropper")
t.start()
t.join()
print(r())
