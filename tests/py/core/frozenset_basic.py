f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, frozenset(), type(f))
g = f | {9}
print(sorted(g), type(g), sorted({9} | f), type({9} | f))
print(f & {1, 5}, f - {1}, f ^ frozenset({1, 7}))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print(f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})), f.issubset({1, 2, 3, 4}))
s = {frozenset({1}), frozenset({1})}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
