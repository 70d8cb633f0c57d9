def merge_sort(a):
    if len(a) < 2:
        return a[:]
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27]
print(merge_sort(data), data)
big = list(range(500, 0, -1))
print(merge_sort(big)[:5], merge_sort(big) == list(range(1, 501)))
