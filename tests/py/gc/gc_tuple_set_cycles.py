# Cycles that pass through tuples, sets and frozensets are found and freed:
# a live-instance counter kept by __del__ returns to zero.
import gc


class Node:
    alive = 0

    def __init__(self):
        Node.alive += 1

    def __del__(self):
        Node.alive -= 1


gc.collect()
# tuple -> instance -> tuple
for i in range(20000):
    n = Node()
    n.t = (n, i)
del n
gc.collect()
print("tuple cycles", Node.alive)

# list -> tuple -> list
for i in range(20000):
    l = [Node()]
    l.append((l,))
del l
gc.collect()
print("list/tuple cycles", Node.alive)

# set -> instance -> set
for i in range(20000):
    s = set()
    n = Node()
    n.s = s
    s.add(n)
del s, n
gc.collect()
print("set cycles", Node.alive)

# frozenset -> instance -> frozenset
for i in range(20000):
    n = Node()
    n.f = frozenset([n, i])
del n
gc.collect()
print("frozenset cycles", Node.alive)

a = Node()
a.t = (a,)
del a
print("collect finds the tuple cycle", gc.collect() > 0, Node.alive)
