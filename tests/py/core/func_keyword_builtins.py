print(sorted([3, 1, 2], reverse=True), sorted("bca", key=None))
print(int("ff", base=16), int(x="12") if False else int("12"))
print("a,b,c".split(sep=",", maxsplit=1), "x y".split(maxsplit=0))
print(max([1, 5, 3], key=lambda v: -v), min([], default="none"))
print(list(enumerate("ab", start=5)), sum([1, 2], start=10))
print(dict(one=1, two=2), print("inner", end=""), "!")
print(round(number=2.567, ndigits=1))
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)
