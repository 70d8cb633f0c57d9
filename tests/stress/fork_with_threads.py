# fork() while other threads run and hold locks: the child has one thread,
# can take fresh locks, run Python and exit cleanly; the parent goes on.
import os, threading, time
stop = threading.Event()
held = threading.Lock()
counter = [0]
def spinner():
    while not stop.is_set():
        counter[0] += 1
def holder():
    with held:
        stop.wait()
ts = [threading.Thread(target=spinner) for _ in range(3)] + [threading.Thread(target=holder)]
for t in ts: t.start()
time.sleep(0.05)
statuses = []
for i in range(10):
    pid = os.fork()
    if pid == 0:
        try:
            l = threading.Lock()
            with l:
                s = sum(range(1000))
            t = threading.Thread(target=lambda: None)
            t.start(); t.join()
            os._exit(0 if s == 499500 else 3)
        except BaseException:
            os._exit(4)
    _, st = os.waitpid(pid, 0)
    statuses.append(st)
stop.set()
for t in ts: t.join()
assert statuses == [0] * 10, statuses
assert counter[0] > 0
print("ok", len(statuses), "forks")
