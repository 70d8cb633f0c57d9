print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))), dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
print(dict([(1, 2), [3, 4], "ab"]))
print({1: "a", 1.0: "b", True: "c"}, {0: "zero", False: "false"})
print({(1, 2): "tuple", None: "none", 2.5: "float", -1: "neg"})
print({"a": 1, "a": 2}, len({"a": 1, "a": 2}))
print({**{"a": 1}, "b": 2} if True else 0)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
