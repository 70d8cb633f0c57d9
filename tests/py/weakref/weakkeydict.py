# WeakKeyDictionary: per-object data that goes away with the object.
import weakref


class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "W(%s)" % self.name


meta = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget("1"), Widget("2"), Widget("3")
meta[w1] = {"color": "red"}
meta[w2] = {"color": "blue"}
meta[w3] = {"color": "green"}
print(len(meta), meta[w1], w2 in meta, meta.get(w3)["color"], meta.get(Widget("x")))
print(sorted(k.name for k in meta), sorted(v["color"] for v in meta.values()))
del w2
print(len(meta), sorted(k.name for k in meta.keys()))
for k, v in list(meta.items()):
    v["seen"] = True
print(sorted((k.name, v["color"]) for k, v in meta.items()))

# a key dying during iteration: removed when the iteration ends
it = iter(meta.keys())
first = next(it)
holder = [w1, w3]
w1 = w3 = None
del first
holder.clear()
print(len(list(it)) <= 1)
print(len(meta), list(meta))

k = Widget("k")
print(meta.setdefault(k, 5), meta.setdefault(k, 6), meta.pop(k), meta.pop(k, "none"))
meta.update({k: 1})
print(len(meta.keyrefs()), meta.keyrefs()[0]() is k, k in meta, 1 in meta)
copy = meta.copy()
del k
print(len(meta), len(copy))
try:
    meta["str key"] = 1
except TypeError as e:
    print("TypeError:", e)
