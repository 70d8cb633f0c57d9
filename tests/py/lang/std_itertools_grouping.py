# itertools: groupby, accumulate, pairwise, tee.
from itertools import groupby, accumulate, pairwise, tee
import operator

data = "aaabccddddae"
print([(k, len(list(g))) for k, g in groupby(data)])
print([k for k, _ in groupby(sorted(data))])
records = [("eng", "ann"), ("eng", "bob"), ("ops", "cid"), ("eng", "dan"), ("ops", "eve")]
for dept, members in groupby(sorted(records), key=lambda r: r[0]):
    print(dept, [m for _, m in members])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for first, group in groupby(words, key=lambda w: w[0]):
    print(first, list(group))
groups = groupby([1, 1, 2, 3, 3])
k, g = next(groups)
next(groups)
print(k, list(g))

def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(rle("WWWWBBBWWWWWWWWBB"))

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate("abc")))
balance = list(accumulate([100, -20, -30, 50, -80], lambda bal, tx: bal + tx))
print(balance)

print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
temps = [12, 14, 13, 17, 21, 19]
print([b - a for a, b in pairwise(temps)])

a, b = tee(iter(range(5)))
print(list(a), list(b))
x, y, z = tee("xyz", 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))

def lookahead(iterable):
    cur, nxt = tee(iterable)
    next(nxt, None)
    for item, following in zip(cur, nxt):
        yield item, following
print(list(lookahead([10, 20, 30])))
src = iter([1, 2, 3, 4])
t1, t2 = tee(src)
print(next(t1), next(t1), next(t2), list(t1), list(t2))
print(len(tee("ab", 0)))
try:
    tee("ab", -1)
except ValueError as e:
    print("ValueError", e)
