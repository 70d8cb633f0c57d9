a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), sorted(a - b)[:5], len(a | b), sorted(a ^ b)[:6])
seen = set()
dupes = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(dupes, sorted(seen))
words = "the quick brown fox jumps over the lazy dog".split()
letters = set()
for w in words:
    for ch in w:
        letters.add(ch)
print(len(letters), sorted(letters) == list("abcdefghijklmnopqrstuvwxyz"))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} >= {2}, set() < {0})
