def minmax(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
lo, hi = minmax([3, 9, -2, 7])
print(lo, hi, minmax("hello"))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
records = [("ann", 31), ("bob", 25)]
for name, age in records:
    print(name, age)
print(sorted(records, key=lambda r: r[1]))
print(tuple(reversed(point)), point * 2, point + (5,))
