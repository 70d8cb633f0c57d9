# __del__ and weak references: during __del__ the references still reach
# the object; an object resurrected by __del__ keeps them; they die (and
# call back) only when it really goes.
import gc
import weakref

saved = []


class Phoenix:
    lives = 1

    def __del__(self):
        print("__del__: ref alive:", r() is self, "count:", weakref.getweakrefcount(self))
        if Phoenix.lives:
            Phoenix.lives -= 1
            saved.append(self)


p = Phoenix()
r = weakref.ref(p, lambda ref: print("callback: dead"))
del p
print("resurrected:", r() is saved[0])
saved.clear()
print("after second drop:", r())


class Quiet:
    def __del__(self):
        print("Quiet.__del__, ref:", rq() is not None)


q = Quiet()
q.cycle = q
rq = weakref.ref(q, lambda ref: print("cycle callback before __del__"))
del q
gc.collect()
print("collected:", rq())

# WeakValueDictionary entries of cyclic garbage go at collection time
class Node:
    pass


cache = weakref.WeakValueDictionary()
for i in range(3):
    n = Node()
    n.me = n
    cache[i] = n
del n
print(len(cache) == 3 or len(cache) == 0)
gc.collect()
print(len(cache), list(cache.items()))
