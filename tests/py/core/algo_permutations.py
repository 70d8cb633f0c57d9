def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
print(perms([1, 2, 3]))
print(len(perms(list(range(6)))))
def combos(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    with_first = []
    for c in combos(items[1:], k - 1):
        with_first.append([items[0]] + c)
    return with_first + combos(items[1:], k)
print(combos("abcd", 2), len(combos(list(range(10)), 4)))
