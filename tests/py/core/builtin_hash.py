print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash(-1) == hash(-1.0))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(2 ** 100) == hash(2.0 ** 100))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(1.5) == hash(1.5), hash(None) == hash(None))
print(type(hash("x")), hash(12345), hash(-7), hash(0), hash(True))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True, 2, 2.0}
print(len(s))
for v in [[], {}, set(), ([1],)]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
