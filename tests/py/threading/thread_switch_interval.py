import sys
import threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.0001)
print(sys.getswitchinterval() < 0.001)
total = [0]
lock = threading.Lock()
def spin(n):
    local_sum = 0
    for i in range(n):
        local_sum += i % 7
    with lock:
        total[0] += local_sum
ts = [threading.Thread(target=spin, args=(30000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])
