# The gil module from inside a program; prints one JSON line for the test.
import gil
import json
import sys
import threading

assert gil.policy() in ("fair", "cpython", "legacy"), gil.policy()
assert gil.interval() == sys.getswitchinterval(), (gil.interval(), sys.getswitchinterval())
sys.setswitchinterval(0.002)
assert abs(gil.interval() - 0.002) < 1e-9, gil.interval()
gil.interval(0.005)
assert abs(sys.getswitchinterval() - 0.005) < 1e-9, sys.getswitchinterval()
try:
    gil.interval(0)
except ValueError:
    pass
else:
    raise AssertionError("interval(0) accepted")

gil.reset_stats()
assert gil.elapsed() < 1.0


def work(n):
    s = 0
    for i in range(n):
        s += i
    return s


path = sys.argv[1]
gil.trace_start(path)
assert gil.trace_active()
try:
    gil.trace_start(path)
except RuntimeError:
    pass
else:
    raise AssertionError("second trace_start accepted")
ts = [threading.Thread(target=work, args=(300000,), name="w%d" % k) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
st = gil.stats()
tot = gil.total()
gil.trace_stop()
assert not gil.trace_active()
try:
    gil.trace_stop()
except RuntimeError:
    pass
else:
    raise AssertionError("trace_stop without a trace accepted")
for name in ("MainThread", "w0", "w1"):
    assert name in st, (name, sorted(st))
    d = st[name]
    for k in ("hold_ns", "wait_ns", "acquisitions", "voluntary_drops", "forced_drops", "max_wait_ns", "convoy_ns"):
        assert isinstance(d[k], int) and d[k] >= 0, (name, k, d[k])
    assert isinstance(d["hold_ms"], float)
    assert len(d["wait_hist"]) == 24
    assert sum(d["wait_hist"]) == d["contended"], (name, d)
assert tot["acquisitions"] == sum(d["acquisitions"] for d in st.values()), (tot, st)
rep = gil.report()
assert "GIL statistics" in rep and "w0" in rep and "convoy:" in rep, rep
gil.reset_stats()
st2 = gil.stats()
# ended threads are forgotten by a reset (a joined thread may still be
# detaching from the GIL: then it shows with nothing counted)
assert all(st2[n]["acquisitions"] == 0 for n in ("w0", "w1") if n in st2), st2
assert st2["MainThread"]["acquisitions"] <= 2, st2
print(json.dumps({"stats": st, "elapsed": gil.elapsed()}))
