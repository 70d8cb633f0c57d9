# Builtin methods and method-wrappers hold their self: storing one on the
# object it is bound to makes a cycle the collector frees. Classes that
# use zero-argument super() (a __class__ cell) are freed too.
import gc


class Node:
    alive = 0

    def __init__(self):
        Node.alive += 1
        self.items = [self]
        self.add = self.items.append     # builtin method bound to the list
        self.init = self.__init__         # a Python bound method
        self.text = self.__str__          # a method-wrapper

    def __del__(self):
        Node.alive -= 1


gc.collect()
for i in range(20000):
    Node()
gc.collect()
print("alive", Node.alive)


class Base:
    def hello(self):
        return "base"


def make():
    class Child(Base):
        def hello(self):
            return "child+" + super().hello()
    return Child().hello()


gc.collect()
before = len(gc.get_objects())
results = {make() for i in range(3000)}
gc.collect()
print(results, len(gc.get_objects()) - before < 500, len(Base.__subclasses__()))
