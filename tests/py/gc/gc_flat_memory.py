# A million cyclic pairs keep the number of live tracked objects flat: the
# automatic collection frees them as the program runs.
import gc


class Pair:
    pass


gc.collect()
base = len(gc.get_objects())
peak = 0
for i in range(1000000):
    a = []
    b = [a]
    a.append(b)
    if i % 100000 == 0:
        peak = max(peak, len(gc.get_objects()) - base)
print("lists bounded", peak < 100000)
for i in range(200000):
    p = Pair()
    q = Pair()
    p.q = q
    q.p = p
    if i % 20000 == 0:
        peak = max(peak, len(gc.get_objects()) - base)
print("instances bounded", peak < 100000)
del a, b, p, q
gc.collect()
print("after collect", len(gc.get_objects()) - base < 1000)
