# os.read blocks with the GIL released: a writer thread gets to run.
import os
import threading
import time

r, w = os.pipe()
def writer():
    for i in range(3):
        time.sleep(0.01)
        os.write(w, b"chunk%d;" % i)
    os.close(w)
t = threading.Thread(target=writer)
t.start()
data = b""
while True:
    b = os.read(r, 100)
    if not b:
        break
    data += b
t.join()
os.close(r)
print(data)
print(isinstance(os.getpid(), int), os.getpid() > 0)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e.errno)
