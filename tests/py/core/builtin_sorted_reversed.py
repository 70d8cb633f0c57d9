print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("banana"), sorted({"b": 1, "a": 2}))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]))
print(sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([-3, 2, -1, 0], key=abs), sorted([1.5, 1, True, 0.5]), sorted(range(5, 0, -1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError:", e)
