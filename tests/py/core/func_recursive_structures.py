def flatten(x):
    if type(x) in (list, tuple):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, (3, [4, [5]])], [], 6]))
def depth(x):
    if type(x) is not list:
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1
print(depth([]), depth([1]), depth([[[]]]), depth([1, [2, [3, [4]]]]))
def count_leaves(tree):
    if type(tree) is dict:
        total = 0
        for v in tree.values():
            total += count_leaves(v)
        return total
    return 1
print(count_leaves({"a": {"b": 1, "c": {"d": 2, "e": 3}}, "f": 4}))
