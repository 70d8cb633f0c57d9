# threading.local: a thread's values are freed once the thread has ended
# and its Thread object is gone; each thread sees only its own values.
import threading
import time
import weakref


class Payload:
    def __init__(self, who):
        self.who = who


data = threading.local()
refs = {}


def work(name):
    data.value = Payload(name)
    refs[name] = weakref.ref(data.value)
    return data.value.who


results = []
threads = [threading.Thread(target=lambda n=n: results.append(work(n))) for n in ("a", "b", "c")]
for t in threads:
    t.start()
for t in threads:
    t.join()
del t
threads.clear()
# A thread may still be finishing (dropping its last references) right
# after join() returns: wait, briefly, for its values to go.
deadline = time.monotonic() + 10
while any(r() is not None for r in refs.values()) and time.monotonic() < deadline:
    time.sleep(0.01)
print(sorted(results))
print(sorted(n for n, r in refs.items() if r() is None))

data.value = Payload("main")
r = weakref.ref(data.value)
print(data.value.who, hasattr(data, "missing"))


class Sub(threading.local):
    def __init__(self):
        self.count = 0


s = Sub()
s.count = 5
out = []
t = threading.Thread(target=lambda: out.append(s.count))
t.start()
t.join()
print(out, s.count)
wl = weakref.ref(s)
del s
print(wl())
print(r() is not None)
