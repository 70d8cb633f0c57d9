print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(1, 101)), sum([0.1] * 10), sum([1.5, 2]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True]), sum([2 ** 64, 2 ** 64]))
print(sum([1, 2.5, True]), sum(range(10), start=-45), sum({1: "a", 2: "b"}))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
