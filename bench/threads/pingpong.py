# Event ping-pong between two threads: microseconds per round trip.
import threading
import time

N = 5000
ping = threading.Event()
pong = threading.Event()

def responder():
    for _ in range(N):
        ping.wait()
        ping.clear()
        pong.set()

t = threading.Thread(target=responder)
t.start()
t0 = time.perf_counter()
for _ in range(N):
    ping.set()
    pong.wait()
    pong.clear()
d = time.perf_counter() - t0
t.join()
print("pingpong us_per_round_trip=%.1f" % (d / N * 1e6))
