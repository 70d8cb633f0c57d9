t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t + (4,), t * 2, (0,) * 3, 2 in t, t.index(3), t.count(1), (1, 1, 1).count(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"), () == ())
x = 1, 2
print(x, type(x))
a, b = x
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, [2])[1], repr((None,)), str(("a", 1.5)))
