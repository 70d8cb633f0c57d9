print(ascii("abc"), ascii("é"), ascii("中😀"), ascii(["é", 1]), ascii(1.5))
print(repr("x"), str("x"), repr(1), repr([1, "a"]), repr({"a": [1, (2,)]}), repr(""), repr(b""))
print(repr(1.0), repr(2 ** 70), repr(-0.0), repr(float("nan")), repr(True), repr(None), repr((1,)), repr(()))
print(repr(range(1, 5, 2)), repr(slice(None)), repr({1: {2: {3: {}}}}), repr([[], [[]]]))
