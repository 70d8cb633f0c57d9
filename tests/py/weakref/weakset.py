# WeakSet: membership that ends when the member dies.
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, msg):
        return "%s got %s" % (self.name, msg)


listeners = weakref.WeakSet()
a, b, c = Listener("a"), Listener("b"), Listener("c")
for x in (a, b, c, a):
    listeners.add(x)
print(len(listeners), a in listeners, Listener("z") in listeners, 3 in listeners)
print(sorted(l.notify("hi") for l in listeners))
del b
print(len(listeners), sorted(l.name for l in listeners))
listeners.discard(c)
print(len(listeners), c in listeners)
try:
    listeners.remove(c)
except KeyError:
    print("KeyError")
other = weakref.WeakSet([a, c])
print(sorted(x.name for x in listeners | other), sorted(x.name for x in other - listeners),
      sorted(x.name for x in other & listeners), listeners <= other, other >= listeners)
print(listeners == weakref.WeakSet([a]), listeners.isdisjoint([c]))
# members dying while being iterated
nodes = [Listener(str(i)) for i in range(5)]
ws = weakref.WeakSet(nodes)
names = []
for n in ws:
    names.append(n.name)
    if len(names) == 1:
        nodes.clear()
        del n
print(len(names) >= 1, len(ws))
print(other.pop().name in ("a", "c"), len(other))
other.clear()
try:
    other.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    ws.add(1)
except TypeError as e:
    print("TypeError:", e)
