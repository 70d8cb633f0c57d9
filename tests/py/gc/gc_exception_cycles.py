# Exceptions of builtin types are containers: args, __dict__, __cause__ and
# __context__ can close cycles, and so can a caught exception stored where
# its handler's frame can see it.
import gc


class Node:
    alive = 0

    def __init__(self):
        Node.alive += 1

    def __del__(self):
        Node.alive -= 1


gc.collect()
for i in range(20000):
    e = ValueError("x")
    e.me = e            # __dict__
    e.node = Node()
del e
gc.collect()
print("__dict__ cycles", Node.alive)

for i in range(20000):
    n = Node()
    n.err = KeyError(n)  # args
del n
gc.collect()
print("args cycles", Node.alive)

for i in range(20000):
    a = RuntimeError("a")
    b = TypeError("b")
    a.__cause__ = b
    b.__context__ = a
    a.n = Node()
del a, b
gc.collect()
print("cause/context cycles", Node.alive)


def catch():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


for i in range(20000):
    e = catch()
    e.n = Node()
    e.keep = [e]
del e
gc.collect()
print("caught exception cycles", Node.alive)


class MyError(Exception):
    pass


e = MyError("m")
e.args = (e,)
del e
print("found", gc.collect() > 0)
