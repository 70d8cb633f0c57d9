# collections.OrderedDict: move_to_end, popitem(last), LRU cache.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.values()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)])
print(od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(dict(OrderedDict(z=0)) == {"z": 0})
print(list(reversed(OrderedDict.fromkeys("xyz"))))
print(OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)

class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.cap:
            old = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(2)
cache.put(1, "one")
cache.put(2, "two")
print(cache.get(1))
cache.put(3, "three")
print(cache.get(2), cache.get(3))
cache.put(4, "four")
print(list(cache.data.items()))
o = OrderedDict([("k1", 1), ("k2", 2)])
print(o.setdefault("k3", 3), o.pop("k1"), o)
c = o.copy()
c["k9"] = 9
print(o, c, type(c).__name__)
del c["k2"]
print(c)
