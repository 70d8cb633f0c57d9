a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort(); print(words)
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c"), (1, "x")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
pairs.sort(); print(pairs)
m = [3.5, 1, 2.25, True, 0]
m.sort(); print(m)
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-5:])
e = []
e.sort(); print(e)
try:
    [1, "a", 2].sort()
except TypeError as ex:
    print("TypeError:", ex)
r = sorted([3, 1, 2]); print(r, sorted("cab"), sorted((3, 1)), sorted([1, -5, 3], key=abs))
