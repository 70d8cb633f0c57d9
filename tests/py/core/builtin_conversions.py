print(str(42), repr(42), int("42"), float("4.2"), bool("x"), list("hi"), tuple([1]), set([2, 2]))
print(int(" -7 "), int(7.99), int(-7.99), float(7), float("-0"), str(0.5), str(-0.0), repr(1e-10))
print(list({"a": 1}.items()), tuple({"x": 0}), dict([("a", 1)]), frozenset([1, 1]), list(range(-2, 3)))
print(bool([]), bool(()), bool(" "), bool(0j) if False else False, int("0b11", 0), int("0o11", 0), int("0x11", 0), int("11", 0))
print(list(b"AB"), bytes([72, 105]).decode(), str(b"x", "ascii"), str(bytearray(b"y"), "utf-8"))
try:
    int("011", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    list(None)
except TypeError as e:
    print("TypeError:", e)
