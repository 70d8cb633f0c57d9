a = list(range(100000))
print(len(a), sum(a), a[-1], a[50000])
b = a[::-1]
print(b[:3], b[-3:])
c = []
for i in range(100000):
    c.append(i * 2)
print(len(c), c[99999], sum(c) == 2 * sum(a))
del c[10:99990]
print(len(c), c)
d = [0] * 100000
d[99999] = 1
print(d.index(1), d.count(0))
s = sorted(a, reverse=True)
print(s[:3])
