for v in [1, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), slice(1), len, print, type]:
    print(type(v))
print(type(type(1)), type(1) == int, type(True) == bool, type(True) == int)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(1, (str, int)), isinstance("s", (int, float)), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(1, object), isinstance(int, type), isinstance(int, object), issubclass(int, object), issubclass(bool, (str, int)))
print(int.__name__, type("x").__name__, type(None).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
