# Bound methods stored on their own instance form cycles (self -> __dict__
# -> method -> self); property, classmethod and staticmethod objects too.
import gc


class Node:
    alive = 0

    def __init__(self):
        Node.alive += 1
        self.callback = self.run

    def run(self):
        return 1

    def __del__(self):
        Node.alive -= 1


gc.collect()
for i in range(30000):
    n = Node()
del n
gc.collect()
print("bound method cycles", Node.alive)


def make_property():
    box = []

    def get(self):
        return box

    p = property(get)
    box.append(p)      # property -> fget -> closure cell -> list -> property
    return p


def make_wrappers():
    def f():
        return f
    s = staticmethod(f)
    c = classmethod(f)
    f.keep = (s, c)    # function -> __dict__ -> tuple -> wrappers -> function
    return s


gc.collect()
before = len(gc.get_objects())
for i in range(20000):
    make_property()
    make_wrappers()
print("collect > 0", gc.collect() > 0)
print("objects bounded", len(gc.get_objects()) - before < 1000)
