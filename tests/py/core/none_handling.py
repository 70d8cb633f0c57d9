def find(seq, x):
    for i, v in enumerate(seq):
        if v == x:
            return i
    return None
r = find([1, 2, 3], 5)
print(r, r is None, r == None, type(r).__name__)
vals = [None, 0, "", [], "x"]
for v in vals:
    print(repr(v), v is None, v == None, bool(v))
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d, d.get("a", "default"))
print([None] * 3, (None,), {None: None})
