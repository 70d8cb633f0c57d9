words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words})
print({len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({c for c in "mississippi"}))
print({i: {j: i * j for j in range(2)} for i in range(2)})
