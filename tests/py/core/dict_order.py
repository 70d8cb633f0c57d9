d = {}
for k in ["c", "a", "b", "e", "d"]:
    d[k] = len(d)
print(d)
del d["a"]
print(d)
d["a"] = 99
print(d)
d["c"] = -1
print(d, list(d))
ints = {}
for i in [10, 3, 7, 1, 100, -5]:
    ints[i] = i * i
print(ints, sorted(ints))
for k in d:
    print(k, d[k])
for k, v in ints.items():
    print(k, v)
