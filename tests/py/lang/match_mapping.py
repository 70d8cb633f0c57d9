# mapping patterns: keys, **rest, lookup through get(), custom mappings
import collections
import collections.abc

def describe(m):
    match m:
        case {"kind": "point", "x": x, "y": y}:
            return "point %r %r" % (x, y)
        case {"kind": "circle", **rest}:
            return "circle " + repr(sorted(rest.items()))
        case {1: one, 2.0: two}:
            return "numbers %r %r" % (one, two)
        case {}:
            return "some mapping of %d" % len(m)
        case _:
            return "not a mapping"

for v in [{"kind": "point", "x": 1, "y": 2, "z": 3}, {"kind": "circle", "r": 5, "c": (0, 0)},
          {1: "a", 2: "b"}, {}, {"kind": "other"}, [("kind", "point")], "kind"]:
    print(describe(v))

# a defaultdict is looked up with get(): __missing__ is not called
d = collections.defaultdict(int, {"a": 1})
match d:
    case {"a": a, "b": b}:
        print("found b?", a, b)
    case {"a": a}:
        print("only a", a, sorted(d))

class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self.kw = kw
    def __getitem__(self, k):
        return self.kw[k]
    def __len__(self):
        return len(self.kw)
    def __iter__(self):
        return iter(self.kw)
    def get(self, k, default=None):
        print("get", k)
        return self.kw.get(k, default)

match Config(host="h", port=80):
    case {"host": h, "port": p, **others}:
        print("config", h, p, others)

class K:
    key = "x"
match {"x": 1, "y": 2}:
    case {K.key: v, **rest}:
        print("value key", v, rest)

# the same key twice at run time
class Twice:
    a = "k"
    b = "k"
try:
    match {"k": 1, "j": 2}:
        case {Twice.a: 1, Twice.b: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

match {"n": {"m": [1, 2]}}:
    case {"n": {"m": [_, second]}}:
        print("nested", second)
