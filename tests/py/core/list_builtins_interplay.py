a = [5, 3, 8, 1]
print(sorted(a), a, list(reversed(a)), a[::-1])
print(len(a), min(a), max(a), sum(a), sum(a, 10), any(a), all(a), all([]), any([]))
print(list(enumerate(a)), list(enumerate(a, 1)), list(zip(a, "abcd")))
print(list(map(str, a)), list(filter(lambda v: v > 2, a)), list(filter(None, [0, 1, "", "x", None, []])))
print(a.index(8), 8 in a, list(map(lambda x, y: x * y, a, [1, 2])))
