print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, "", 0.0]), all([1, "x", [0]]), any(range(0)), all(range(1, 5)))
def noisy(v):
    print("check", v)
    return v
print(any(map(noisy, [0, 3, 0])))
print(all(map(noisy, [1, 0, 1])))
