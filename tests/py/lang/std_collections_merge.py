# collections: the | and |= operators (3.9+) on OrderedDict, defaultdict, ChainMap, Counter.
from collections import OrderedDict, defaultdict, ChainMap, Counter

defaults = OrderedDict(host="localhost", port=8080, debug=False)
merged = defaults | {"port": 9000, "workers": 4}
print(merged, type(merged).__name__)
print({"debug": True} | defaults, type({"debug": True} | defaults).__name__)
defaults |= [("timeout", 30)]
print(list(defaults), defaults["timeout"])
try:
    defaults | [("x", 1)]
except TypeError as e:
    print("TypeError", "unsupported operand" in str(e))  # CPython names its C type collections.OrderedDict

hits = defaultdict(int, {"/": 3})
more = hits | {"/about": 1}
more["/missing"] += 1
print(more, type(more).__name__, more.default_factory is int)
print({"/x": 9} | hits, type({"/x": 9} | hits).__name__)
hits |= {"/": 10}
print(hits)

env = {"LANG": "C"}
cfg = ChainMap({"user": "ann"}, env)
cfg2 = cfg | {"shell": "sh"}
print(cfg2, cfg2.maps[1] is env, cfg.maps[0])
print({"user": "root", "home": "/root"} | cfg)
cfg |= {"editor": "vi"}
print(cfg.maps[0])

a, b = Counter(x=3, y=1), Counter(x=1, z=2)
print(a | b, a & b, a + b, a - b)
a |= Counter(y=5)
print(a)

layers = [OrderedDict(a=1), {"b": 2}, {"a": 3, "c": 4}]
acc = OrderedDict()
for layer in layers:
    acc |= layer
print(acc)
print(OrderedDict(x=1) | OrderedDict(y=2) == OrderedDict(x=1, y=2), OrderedDict(y=2, x=1) == {"x": 1, "y": 2})
