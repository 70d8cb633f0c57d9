print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 100)), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(min([3, -7, 5], key=abs), max(["aa", "b", "cccc"], key=len), max([], default="empty"), min([], default=None))
print(max(1, 2.5), min(True, 0), max([1, 2], [1, 3]), max("apple", "banana"), min({3: "a", 1: "b"}))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min(["b", "a", "B"], key=str.lower), max([2, 1, 2], key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    min([], key=abs)
except ValueError as e:
    print("ValueError:", e)
