a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, True is not False)
print(1 in a, 3 in a, 3 not in a, "x" in "xyz", "x" not in "abc", (1, 2) in [(1, 2)])
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, 2 in (1, 2), 2 in range(3), None in [None])
print(id(a) == id(b), id(a) == id(c), type(a) is list, type(1) is int, type(True) is not int)
print(not (1 in a), not 1 in a, (not 1) in a)
nan = float("nan")
lst = [nan]
print(nan in lst, nan == nan, lst == lst, [nan] == [nan])
