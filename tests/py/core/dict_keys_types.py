d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[1.5] = "float"
d[None] = "none"
d[True] = "bool-overwrites-int"
d[frozenset([1])] = "frozenset"
d[b"1"] = "bytes"
print(d)
print(d[1], d[1.0], d[(1,)], d[None], len(d))
print(list(d.keys()))
