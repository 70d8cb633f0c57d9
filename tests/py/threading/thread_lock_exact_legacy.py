# gilpy-args: -X gilpolicy=legacy
# With a Lock, a shared read-modify-write is exact under every GIL policy.
import threading

total = 0
lock = threading.Lock()
rl = threading.RLock()
obj = type("C", (), {})()
obj.n = 0
def work(k):
    global total
    for i in range(20000):
        with lock:
            total = total + 1
        if i % 10 == 0:
            with rl:
                with rl:
                    obj.n = obj.n + k
ts = [threading.Thread(target=work, args=(k,)) for k in range(1, 5)]
for t in ts: t.start()
for t in ts: t.join()
print(total, obj.n)
