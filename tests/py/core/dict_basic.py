d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, "four" in d, 1 in d)
d["four"] = 4
d["one"] = 100
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.get("two"), d.get("nine"), d.get("nine", -1))
print(d.setdefault("two", 0), d.setdefault("five", 5), d)
print(d.pop("one"), d.pop("none", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
c = d.copy()
c["new"] = 0
print(len(d), len(c))
d.clear()
print(d, {}, dict())
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
