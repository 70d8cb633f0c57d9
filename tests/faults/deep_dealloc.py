# Freeing very deeply nested containers must not overflow the C stack:
# deallocation of a million-deep chain has to be iterative.
import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000

def build(make):
    x = None
    for _ in range(N):
        x = make(x)
    return x

class Node:
    def __init__(self, nxt): self.next = nxt
class SNode:
    __slots__ = ("next",)
    def __init__(self, nxt): self.next = nxt

for name, make in [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {"k": x}),
                   ("set of frozensets", lambda x: frozenset([x]) if x is not None else frozenset()),
                   ("instance", Node), ("slots instance", SNode),
                   ("list in list pair", lambda x: [1, x, 2]), ("dict value tuple", lambda x: {1: (x,)})]:
    x = build(make)
    del x  # the whole chain goes here
    print(name, "freed")

# freed as a side effect: replaced in a container, popped, a local going out of scope
holder = [build(lambda x: [x])]
holder[0] = None
d = {"a": build(lambda x: (x,))}
d.pop("a")
def scope():
    y = build(lambda x: {"k": x})
    return 1
scope()
print("done")
