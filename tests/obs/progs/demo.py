import threading, time
def cpu(n):
    s = 0
    for i in range(n):
        s += i * i
def io():
    for _ in range(12):
        time.sleep(0.006)
ts = [threading.Thread(target=cpu, args=(250000,), name="cpu-%d" % k) for k in range(2)]
ts.append(threading.Thread(target=io, name="io-sleeper"))
for t in ts: t.start()
for t in ts: t.join()
