# The cycle collector clears weak references to its garbage and calls
# their callbacks before freeing it; a reference that is itself part of
# the garbage does not call back.
import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


events = []
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: events.append(("a died", r() is None)))
rb = weakref.ref(b)
pa = weakref.proxy(a)
del a, b
print(ra() is not None, rb().name, pa.name)
print(gc.collect() > 0)
print(events, ra(), rb())
try:
    pa.name
except ReferenceError:
    print("proxy dead")

# a weakref stored inside the garbage: its callback must not run
c = Node("c")
c.other = c
c.self_ref = weakref.ref(c, lambda r: events.append("inner callback"))
outer = weakref.ref(c, lambda r: events.append("outer callback"))
del c
gc.collect()
print(events)

# callbacks see consistent state: they may allocate and collect again
class Holder:
    pass
h = Holder()
h.me = h
log = []
def cb(r):
    log.append([x for x in range(3)])
    gc.collect()
keep = weakref.ref(h, cb)
del h
gc.collect()
print(log, keep())

# __del__ in a cycle: weakrefs are already dead when it runs
class Fin:
    def __del__(self):
        print("__del__ sees ref:", fr())
f = Fin()
f.cycle = f
fr = weakref.ref(f)
del f
gc.collect()
gc.enable()
print("end")
