import threading
counter = 0
lock = threading.Lock()
def bump(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
threads = [threading.Thread(target=bump, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
