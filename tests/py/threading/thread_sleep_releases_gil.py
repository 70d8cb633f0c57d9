import threading
import time
# time.sleep releases the GIL: four sleeping threads finish in about one
# sleep, not four.
def nap():
    time.sleep(0.2)
ts = [threading.Thread(target=nap) for _ in range(4)]
t0 = time.monotonic()
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.monotonic() - t0
print("slept concurrently:", elapsed < 0.7)
