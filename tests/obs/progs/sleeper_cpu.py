# One thread sleeping in short steps (blocking calls, GIL released) and one
# CPU thread: the sleeper barely holds the GIL and waits to get it back.
import threading
import time


def sleeper():
    for _ in range(15):
        time.sleep(0.004)


def cpu():
    s = 0
    for i in range(500000):
        s += i % 7
    return s


a = threading.Thread(target=sleeper, name="sleeper")
b = threading.Thread(target=cpu, name="cruncher")
a.start()
b.start()
a.join()
b.join()
print("done")
