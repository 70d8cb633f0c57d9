# The gc module's simple API.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print(type(old).__name__, len(old))
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(*old)
print(gc.get_threshold() == old)
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(n, int) for n in c))
print(isinstance(gc.collect(), int))


class C:
    pass


print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None))
objs = gc.get_objects()
print(type(objs).__name__, len(objs) > 0)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError")

# collection disabled: cycles wait for an explicit collect
gc.disable()
for i in range(2000):
    a = []
    a.append(a)
del a
print(gc.collect() >= 2000)
gc.enable()
