d = dict.fromkeys("abc", 0)
d |= {"d": 4}
print(d, d | {"a": 9}, {"x": 1} | d)
print(list(reversed(d)), list(reversed(d.items())))
keys = d.keys()
print(keys & {"a", "z"}, sorted(keys - {"a"}), keys ^ {"a", "q"} == {"b", "c", "d", "q"})
print(d.items() & {("a", 0)}, ("d", 4) in d.items())
from collections import OrderedDict
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
print(sorted({1: "x", 3: "y", 2: "z"}.items(), key=lambda kv: kv[1], reverse=True))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, max({"a": 3, "b": 5}, key={"a": 3, "b": 5}.get))
