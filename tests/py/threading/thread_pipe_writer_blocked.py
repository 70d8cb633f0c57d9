# A thread blocks writing a full pipe through a file object; meanwhile the
# main thread prints (another file) and then drains the pipe: no deadlock.
import os
import threading
import time

r, w = os.pipe()
wf = open(w, "wb", buffering=0)
def writer():
    wf.write(b"x" * 200000)
    wf.close()
t = threading.Thread(target=writer)
t.start()
time.sleep(0.05)
print("main prints while the writer is blocked", flush=True)
total = 0
while True:
    b = os.read(r, 65536)
    if not b:
        break
    total += len(b)
t.join()
os.close(r)
print(total)
