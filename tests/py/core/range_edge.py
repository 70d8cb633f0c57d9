print(range(0, 10, 3)[::2], range(10)[2:8:3], range(10)[::-3], range(10)[-3:3:-2], range(5)[10:], range(5)[:-10])
print(list(range(10)[::-3]), list(range(0, -10, -3)[1:]), range(1, 10, 2)[1:3], range(-5, 5)[::4])
print(range(3, 20, 4) == range(3, 22, 4), range(0, 1, 5) == range(0, 1, 7), hash(range(0)) == hash(range(5, 5)))
print(len(range(-10, 10, 3)), len(range(10, -10, -3)), range(7).count(3), range(7).count(9), range(0, 20, 5).index(15))
print(list(reversed(range(-3, 4, 2))), list(reversed(range(10, 0, -4))), 4 in range(0, 10, 2), 3 in range(0, 10, 2), -2 in range(0, -10, -2))
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r, len(r), r[1], r[-1], list(r), 2 ** 64 + 3 in r, r.index(2 ** 64 + 6))
print(range(-(2 ** 70), 0, 2 ** 68)[1:3], list(range(-(2 ** 70), 0, 2 ** 68)))
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
