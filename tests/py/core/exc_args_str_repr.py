for e in [ValueError(), ValueError("a"), ValueError("a", "b"), ValueError(1), KeyError("k"), KeyError("k", 2), KeyError(), IndexError(0), Exception(None), StopIteration(5), SystemExit(3)]:
    print(type(e).__name__, repr(e), "|" + str(e) + "|", e.args)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
print(len(ValueError("x", "y").args))
e = ValueError("orig")
e.args = ("changed",)
print(e)
