# PEP 442: objects with __del__ in a cycle are finalized once and freed;
# gc.garbage stays empty. A finalizer that resurrects its object keeps it
# (and what it reaches) alive, and is not called again later.
import gc

log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


a = D("a")
b = D("b")
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n > 0, sorted(log), gc.garbage)

saved = []


class Phoenix:
    calls = 0

    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)


log.clear()
p = Phoenix()
p.me = p
p.friend = D("friend")
del p
gc.collect()
print("resurrected", len(saved), Phoenix.calls, log)
print("friend alive", saved[0].friend.name)
print("is_finalized", gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("second death: calls", Phoenix.calls, sorted(log))

# many __del__ cycles stay bounded
for i in range(20000):
    x = D(i)
    x.self = x
del x
gc.collect()
print("finalized", len(log))
print("garbage", gc.garbage)
