a = b = c = 5
print(a, b, c)
a = 6
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = k = "s"
print(i + j + k)
p = q = (1, 2)
print(p == q)
m = n = 0; m += 1
print(m, n)
d = {}
d["a"] = d["b"] = 3
print(d)
l = [0, 0, 0]
idx = l[0] = 2
print(idx, l)
