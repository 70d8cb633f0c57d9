print(len(""), len("abc"), len("é中😀"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1}), len(set()), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)))
print(len(b"abc"), len(bytearray(4)), len(frozenset("aab")), len({}.keys()), len({1: 2}.items()))
for bad in [5, 2.5, None, True, len]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
