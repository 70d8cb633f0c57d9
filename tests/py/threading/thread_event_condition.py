import threading
ready = threading.Event()
log = []
def waiter():
    ready.wait()
    log.append("waiter saw event")
t = threading.Thread(target=waiter)
t.start()
log.append("main sets event")
ready.set()
t.join()
print(log, ready.is_set())
cond = threading.Condition()
items = []
def consume(n, got):
    with cond:
        while len(items) < n:
            cond.wait()
        got.extend(items[:n])
got = []
c = threading.Thread(target=consume, args=(3, got))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(got)
print(ready.wait(timeout=0.01), threading.Event().wait(timeout=0.01))
