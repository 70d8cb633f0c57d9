# Convoy: a thread sleeps 1 ms in a loop and measures how late it wakes,
# alone and with one CPU-bound thread running; median and p99 in us.
import threading
import time

ROUNDS = 300

def sleeper(out):
    for _ in range(ROUNDS):
        t = time.perf_counter()
        time.sleep(0.001)
        out.append((time.perf_counter() - t - 0.001) * 1e6)

def stats(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2], xs[min(len(xs) - 1, int(len(xs) * 0.99))]

def run(load):
    global stop
    stop = False
    lat = []
    sp = None
    if load:
        def spin():
            x = 0
            while not stop:
                x += 1
        sp = threading.Thread(target=spin)
        sp.start()
        time.sleep(0.02)
    t = threading.Thread(target=sleeper, args=(lat,))
    t.start()
    t.join()
    stop = True
    if sp:
        sp.join()
    return stats(lat)

stop = False
a = run(False)
b = run(True)
print("convoy alone_median=%.0fus alone_p99=%.0fus loaded_median=%.0fus loaded_p99=%.0fus" % (a[0], a[1], b[0], b[1]))
