import threading
import time

started = threading.Event()

def forever():
    started.set()
    while True:
        time.sleep(0.01)

t = threading.Thread(target=forever, daemon=True)
t.start()
started.wait()
print("daemon running:", t.is_alive(), t.daemon)
print("main exits without joining the daemon")
