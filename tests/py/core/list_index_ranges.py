a = [5, 1, 5, 2, 5, 3]
print(a.index(5), a.index(5, 1), a.index(5, 3), a.index(5, -2), a.index(2, 0, 4))
try:
    a.index(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(3, 0, 5)
except ValueError as e:
    print("ValueError:", e)
b = list(range(10))
del b[::-3]
print(b)
c = list(range(10))
c[::-2] = "abcde"
print(c)
d = list(range(5))
d[3:1] = ["x"]
print(d)
d[-100:1] = ["start"]
print(d)
d[100:] = ["end"]
print(d)
