# WeakValueDictionary as a cache: entries live as long as someone else
# holds the value, and vanish (also during iteration) when it dies.
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return "Image(%r)" % self.name


cache = weakref.WeakValueDictionary()


def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img


a = load("a")
b = load("b")
a2 = load("a")
print(a is a2, Image.loads, len(cache), sorted(cache.keys()), "a" in cache)
del a, a2
print(len(cache), "a" in cache, cache.get("a", "gone"), sorted(cache))
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)

imgs = [load(n) for n in "cdef"]
seen = []
for k, v in sorted(cache.items()):
    seen.append(k)
print(seen, Image.loads)
for k in list(cache):
    if k in "ce":
        imgs[:] = [i for i in imgs if i.name != k]
print(sorted(cache), sorted(v.name for v in cache.values()))

# removal while iterating is deferred until the iteration ends
it = iter(cache.items())
first = next(it)
del first
imgs.clear()
rest = list(it)
print(len(rest) <= 3, sorted(cache), len(cache))
print(cache.setdefault("z", b) is b, cache.pop("z") is b, cache.pop("z", None))
print(len(cache.valuerefs()), [r() for r in cache.itervaluerefs()])
c2 = weakref.WeakValueDictionary({"x": b}, y=b)
print(sorted(c2.items()), len(c2.copy()))
print(c2.popitem()[1] is b, len(c2))
try:
    cache["n"] = 1
except TypeError as e:
    print("TypeError:", e)
