# weakref.ref: the referent while it lives, None after; the callback gets
# the dead reference; callback-less refs are shared.
import re
import weakref


class Node:
    def __init__(self, name):
        self.name = name


def show(r):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(r))


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name)
print(weakref.ref(n) is r, weakref.ref(n, None) is r)
print(show(r))

seen = []
def cb(ref):
    seen.append(ref)
    print("callback: dead ref", ref() is None)

r2 = weakref.ref(n, cb)
print(r2 is r, r2.__callback__ is cb, r.__callback__)
print(weakref.getweakrefcount(n), len(weakref.getweakrefs(n)))
print(weakref.getweakrefs(n)[0] is r, weakref.getweakrefs(n)[1] is r2)
del n
print("after del", r(), r2(), seen[0] is r2)
print(show(r))
print(weakref.getweakrefcount(42), weakref.getweakrefs(42))

# the shared ref dies with its last holder; a new one is made afterwards
m = Node("b")
a = weakref.ref(m)
del a
b = weakref.ref(m)
print(b() is m, weakref.getweakrefcount(m))
print(type(b).__name__, type(b).__module__, weakref.ref is weakref.ReferenceType)
print(isinstance(b, weakref.ref), callable(b))

for bad in [lambda: weakref.ref(), lambda: weakref.ref(m, None, 1), lambda: b(1),
            lambda: weakref.ref(m, callback=None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
