d = {"x": 3, "y": 1, "z": 2}
for k in sorted(d, key=d.get):
    print(k, d[k])
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
for k in d:
    d[k] *= 10
print(d)
for k in list(d.keys()):
    if d[k] > 15:
        del d[k]
print(d)
total = 0
for v in d.values():
    total += v
print(total, sum(d.values()), max(d), min(d.values()))
keys = list(d)
vals = list(d.values())
print(keys, vals, list(zip(keys, vals)) == list(d.items()))
