a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
*d, e = "abc"
print(d, e)
f, *g = [1]
print(f, g)
h, *i, j = 1, 2
print(h, i, j)
[k, *l] = range(4)
print(k, l)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
for first, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(first, rest)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)
*everything, = (1, 2)
print(everything)
