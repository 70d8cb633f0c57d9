for ch in "ab":
    print("str", ch)
for b in b"AB":
    print("bytes", b)
for item in (1, "two"):
    print("tuple", item)
for k in {"x": 1, "y": 2}:
    print("dict", k)
for k, v in {"x": 1}.items():
    print("items", k, v)
for v in {"x": 1, "y": 2}.values():
    print("values", v)
for n in sorted({3, 1, 2}):
    print("set", n)
for i in range(2):
    print("range", i)
for t in zip("ab", [1, 2]):
    print("zip", t)
for i, x in enumerate(["p", "q"]):
    print("enumerate", i, x)
for r in reversed([1, 2]):
    print("reversed", r)
for m in map(str.upper, "xy"):
    print("map", m)
for ba in bytearray(b"z"):
    print("bytearray", ba)
