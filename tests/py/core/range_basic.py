r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3], list(r[1:8:2]))
print(range(5, 0, -1), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(2, 2)), list(range(5, 1)))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(-5)), range(1, 10, 2)[3])
print(5 in r, 10 in r, -1 in r, 3.0 in r, "a" in r, 6 in range(0, 10, 3), 7 in range(0, 10, 3))
print(list(reversed(range(1, 6))), list(reversed(range(0, 10, 4))), sum(range(101)))
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2))
print(r.index(4), r.count(4), range(0, 10, 2).start, range(0, 10, 2).stop, range(0, 10, 2).step)
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(range(-3, 3)[1:-1], list(range(-3, 3)[::2]))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
