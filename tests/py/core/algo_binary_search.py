def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(a) and a[lo] == x:
        return lo
    return -1
data = list(range(0, 200, 3))
for x in [0, 3, 99, 100, 198, 199, -1, 500]:
    print(x, bsearch(data, x))
words = sorted(["kiwi", "apple", "mango", "banana", "cherry"])
print(words, bsearch(words, "mango"), bsearch(words, "grape"))
