def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less = []
    equal = []
    greater = []
    for v in a:
        if v < pivot:
            less.append(v)
        elif v == pivot:
            equal.append(v)
        else:
            greater.append(v)
    return quicksort(less) + equal + quicksort(greater)
seed = 12345
data = []
for i in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
s = quicksort(data)
print(s[:10], s[-10:], s == sorted(data), len(s))
print(quicksort(["pear", "apple", "fig", "banana"]), quicksort([]), quicksort([3.5, -1, 2]))
