# collections.defaultdict: grouping, counting, nested trees.
from collections import defaultdict

words = "the quick brown fox jumps over the lazy dog then the fox sleeps".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(sorted(by_letter.items()))

counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

unique = defaultdict(set)
for w in words:
    unique[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(unique.items())})

def tree():
    return defaultdict(tree)

t = tree()
t["animals"]["mammals"]["cat"] = "meow"
t["animals"]["birds"]["crow"] = "caw"
t["plants"]["tree"]["oak"] = "rustle"

def to_plain(d):
    return {k: to_plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(to_plain(t))

d = defaultdict(lambda: "missing")
d["a"] = "here"
print(d["a"], d["b"], len(d), sorted(d))
print(d.default_factory() if d.default_factory else None)

plain = defaultdict(None, {"x": 1})
try:
    plain["y"]
except KeyError as e:
    print("KeyError", e)
print(plain.get("y", "no"), "y" in plain)

dd = defaultdict(list, {"k": [1]})
dd["k"].append(2)
print(repr(dd))
print(isinstance(dd, dict), dd == {"k": [1, 2]})
c = dd.copy()
c["new"].append(0)
print(sorted(c), sorted(dd))
print(type(c).__name__, c.default_factory is list)

# graph adjacency
edges = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "a")]
adj = defaultdict(list)
indeg = defaultdict(int)
for u, v in edges:
    adj[u].append(v)
    indeg[v] += 1
print(dict(adj), dict(indeg))
try:
    defaultdict(42)
except TypeError as e:
    print("TypeError", e)
