a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, (i, (j, k)) = 1, (2, (3, 4))
print(h, i, j, k)
x, y, z = range(3)
print(x, y, z)
p, q = {"k1": 1, "k2": 2}
print(p, q)
t = 1,
print(t)
u, = [42]
print(u)
for n, (s, v) in [(1, ("a", 2)), (2, ("b", 3))]:
    print(n, s, v)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError:", e)
