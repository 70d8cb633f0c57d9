# Reference list order, copying, and references to functions, classes,
# modules and generators.
import copy
import gc
import weakref


class C:
    def m(self):
        return 1


def cb(r):
    pass


o = C()
r_cb1 = weakref.ref(o, cb)
p_cb = weakref.proxy(o, cb)
r = weakref.ref(o)
p = weakref.proxy(o)
r_cb2 = weakref.ref(o, lambda r: None)
order = weakref.getweakrefs(o)
names = {id(r_cb1): "r_cb1", id(p_cb): "p_cb", id(r): "r", id(p): "p", id(r_cb2): "r_cb2"}
print([names[id(x)] for x in order], weakref.getweakrefcount(o))
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
print(isinstance(p, weakref.ProxyTypes), isinstance(r, weakref.ProxyTypes))

# a bound method made on the fly dies at once
events = []
weakref.ref(o.m, lambda r: events.append("method died"))
print(events)


def make():
    def inner():
        return 42
    return inner


f = make()
rf = weakref.ref(f, lambda r: events.append("function died"))
print(rf()(), rf().__name__)
del f
print(events)

# a class dies with its last instance and subclass, through the collector
K = type("K", (), {"attr": 1})
rk = weakref.ref(K, lambda r: events.append("class died"))
inst = K()
del K
print(rk().__name__, rk().attr)
del inst
gc.collect()
print(events[-1], rk())


def counter():
    n = 0
    while True:
        n += 1
        yield n


g = counter()
rg = weakref.ref(g)
print(next(g), next(rg()), rg() is g)
del g
print(rg())
import sys
print(weakref.ref(sys)() is sys, weakref.ref(C.m)() is C.m)
print(weakref.ref[int], weakref.ReferenceType[C])
import pickle
for x in (r, weakref.proxy(o)):
    try:
        pickle.dumps(x)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(weakref.proxy(o), C), dir(weakref.proxy(o)) == dir(o))
