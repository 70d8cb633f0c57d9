# Threads that raise: the exception goes to threading.excepthook, the
# thread ends, the process and the other threads carry on.
import threading
caught = []
lock = threading.Lock()
def hook(args):
    with lock:
        caught.append((args.exc_type, str(args.exc_value)))
threading.excepthook = hook
def bad(i):
    if i % 3 == 0:
        raise ValueError("bad %d" % i)
    if i % 3 == 1:
        {}[i]
    return i
for r in range(20):
    ts = [threading.Thread(target=bad, args=(i,)) for i in range(32)]
    for t in ts: t.start()
    for t in ts: t.join()
n_val = sum(1 for t, _ in caught if t is ValueError)
n_key = sum(1 for t, _ in caught if t is KeyError)
assert n_val == 20 * 11 and n_key == 20 * 11, (n_val, n_key, len(caught))
assert threading.active_count() == 1
print("ok", len(caught), "exceptions")
