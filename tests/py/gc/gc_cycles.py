# Cycles between instances, lists, dicts and __slots__ objects are found by
# gc.collect(); live cycles are left alone.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("instance pair", gc.collect() > 0)

l = [1, 2]
l.append(l)
del l
print("self list", gc.collect() > 0)

d = {"k": 1}
d["self"] = d
del d
print("self dict", gc.collect() > 0)

x = [1]
y = {"x": x}
x.append(y)
del x, y
print("list-dict", gc.collect() > 0)


class Slotted:
    __slots__ = ("peer", "tag")


s = Slotted()
s.peer = [s]
s.tag = "t"
del s
print("slots", gc.collect() > 0)

# a live cycle survives a collection intact
keep = Node("keep")
keep.other = keep
keep.items = [keep, {"me": keep}]
gc.collect()
print(keep.other is keep, keep.items[0] is keep, keep.items[1]["me"] is keep, keep.name)

# a cycle reachable from a live list is not garbage
holder = []
p = Node("p")
q = Node("q")
p.other, q.other = q, p
holder.append(p)
del p, q
gc.collect()
print(holder[0].other.other.name, holder[0].other.name)

# class-level data and subclasses of list/dict
class MyList(list):
    pass


ml = MyList([1, 2])
ml.append(ml)
ml.attr = ml
del ml
print("list subclass", gc.collect() > 0)
print("nothing left", gc.collect())
