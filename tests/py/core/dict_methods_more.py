d = dict(a=1, b=2, c=3)
print(d.pop("b"), d, d.pop("zz", None), d.setdefault("d"), d, d.get("d", "dflt"))
k, v = d.popitem()
print(k, v, d)
d.update(x=1, a=100)
d.update({"y": 2}.items())
print(d, len(d), list(d.items())[0])
e = dict.fromkeys(range(3), [])
e[0].append("shared")
print(e)
f = {}
for i in range(20):
    f[i % 7] = f.get(i % 7, 0) + i
print(f, sorted(f.items(), key=lambda kv: kv[1]))
g = {"b": 1, "a": 2}
g["c"] = 3
del g["b"]
g["b"] = 4
print(g, list(g.keys()), list(g.values()))
print({1: 2}.get(1.0), {(1, 2): "t"}.get((1.0, 2.0)), {"a": 1} == {"a": 1.0}, {} or {"empty": True})
try:
    dict(a=1).update(1)
except TypeError as e:
    print("TypeError:", e)
try:
    d.setdefault()
except TypeError as e:
    print("TypeError:", e)
