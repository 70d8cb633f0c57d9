# Automatic collection keeps memory flat for every tracked kind: a loop
# making many cycles of each kind never lets the tracked-object count grow
# with the number of iterations.
import gc


class Base:
    pass


def gen(box):
    yield box


gc.collect()
base = len(gc.get_objects())
peak = 0
for i in range(300000):
    k = i % 6
    if k == 0:
        t = ([],)
        t[0].append(t)
    elif k == 1:
        s = Base()
        s.s = {s}
    elif k == 2:
        e = KeyError(i)
        e.e = e
    elif k == 3:
        box = []
        g = gen(box)
        box.append(g)
    elif k == 4:
        o = Base()
        o.m = o.__init__
    else:
        if i % 60 == 5:
            class C(Base):
                pass
            C.c = C
    if i % 30000 == 0:
        peak = max(peak, len(gc.get_objects()) - base)
print("bounded", peak < 100000)
del t, s, e, box, g, o, C
gc.collect()
print("after collect", len(gc.get_objects()) - base < 1000)
print("subclasses", len(Base.__subclasses__()))
