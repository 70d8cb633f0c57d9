a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[3:1])
b = a[:]
b[2:5] = ["x", "y"]; print(b)
b[1:1] = [100, 101]; print(b)
b[:] = [1, 2, 3]; print(b)
c = list(range(10))
c[::2] = ["e"] * 5; print(c)
c[1::3] = [0, 0, 0]; print(c)
del c[::2]; print(c)
d = list(range(10))
del d[2:4]; print(d)
del d[-2:]; print(d)
del d[:]; print(d)
f = [1, 2, 3]
f[len(f):] = [4, 5]; print(f)
f[-1:] = []; print(f)
f[0:2] = "ab"; print(f)
try:
    g = [1, 2, 3, 4]
    g[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    h = [1]
    h[3] = 1
except IndexError as e:
    print("IndexError:", e)
