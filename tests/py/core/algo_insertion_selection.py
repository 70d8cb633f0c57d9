def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def selection_sort(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        m = i
        for j in range(i + 1, n):
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a
d = [5, 2, 4, 6, 1, 3, 2, 9, -4]
print(insertion_sort(d), selection_sort(d), d)
print(insertion_sort(list("sorting")), selection_sort([1.5, 0.5, 1.0]))
