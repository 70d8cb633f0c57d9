print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
for i, ch in enumerate("xyz", 10):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
names = ["a", "b", "c"]
ages = [1, 2, 3]
print(dict(zip(names, ages)))
pairs = [(1, "x"), (2, "y")]
nums, chars = zip(*pairs)
print(nums, chars)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
z = zip(range(3), range(10, 13))
print(next(z), list(z))
