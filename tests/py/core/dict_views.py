d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(k, len(v), list(it)[-1])
del d["a"]
print(list(k), list(v))
print(sorted(k), list(reversed(k)), list(reversed(d.values())))
print(d.keys() == {"b", "c", "d"}, sorted(d.keys() & {"b", "x"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"b"}))
for key, value in d.items():
    print(key, value)
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
