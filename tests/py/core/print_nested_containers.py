data = [1.0, 2.5, -0.0, 1e100, [0.1, (0.2, {"k": 0.3})], {"t": (1,), "e": ()}, None, True, "s", b"b"]
print(data)
print(tuple(data[:4]), {1: [1.5], 2: {2: {2: [2]}}})
print([[]], [()], [{}], ({},), [[[]]], [set()], [frozenset()])
print(str(data) == repr(data), len(str(data)))
print([1, 'it\'s', "q\"uote", "both'\"", "\n"])
print({"a": "b"}, {'single': "it's"})
