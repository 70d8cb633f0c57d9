t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(2, 2), t[::-1], t[1:4], t[::2], t[-1:-6:-2])
print(t + (), () + t == t, t * 1 is t or t * 1 == t, (1, 2) * 2, tuple(reversed(t)))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (3,) > (2, 99), (1, "a") < (1, "b"), () < (0,))
a = ((1, 2), [3, 4])
a[1].append(5)
print(a, len(a), a[0][1], a[1][-1])
x, (y, z), *w = 1, (2, 3), 4, 5
print(x, y, z, w)
print(tuple("abc"), tuple({"k": 1}), tuple(range(0)), (1,) == (1.0,))
print(hash((1, "a", (2.5, None))) == hash((1, "a", (2.5, None))), {(1, 2): 1, (1, 2.0): 2})
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
