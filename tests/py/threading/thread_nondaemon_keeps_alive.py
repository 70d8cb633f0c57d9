import threading
import time

def worker():
    time.sleep(0.2)
    print("worker finished after main", flush=True)

t = threading.Thread(target=worker)
t.start()
print("main reached the end", flush=True)
