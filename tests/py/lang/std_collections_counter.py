# collections.Counter: counting, most_common, arithmetic.
from collections import Counter

text = "it was the best of times it was the worst of times"
c = Counter(text.split())
print(c.most_common(3))
print(c["times"], c["absent"], len(c))
print(sorted(c.elements())[:6])
letters = Counter("abracadabra")
print(letters)
print(letters.most_common(), letters.most_common(2))
print(sorted(letters.items()))
letters.update("aaz")
print(letters["a"], letters["z"])
letters.subtract({"a": 7, "q": 1})
print(letters)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a)
print(a | b, a & b)
print(+Counter(x=2, y=-1, z=0), -Counter(x=2, y=-1))
print(a.total(), b.total())
print(Counter({"x": 2}) == Counter(x=2), Counter() == Counter(z=0))
c2 = Counter(["x", "y", "x"])
c2 += Counter("xz")
print(c2)
c2 -= Counter(x=5)
print(c2)
print(repr(Counter()))
inventory = Counter(apples=5, pears=2)
order = Counter(apples=3, pears=4)
short = order - inventory
print("short:", dict(short))
print("left:", dict(inventory - order))
votes = Counter()
for v in ["alice", "bob", "alice", "carol", "bob", "alice", "dave"]:
    votes[v] += 1
winner, n = votes.most_common(1)[0]
print(winner, n)
for name, cnt in votes.most_common():
    print(f"{name:6s}{'*' * cnt}")
print(Counter("hello world").most_common(3))
d = dict(Counter("mississippi"))
print(d)
print(Counter(a=1) < Counter(a=2), Counter(a=1, b=1) <= Counter(a=1))
print(sum(Counter(k=3, j=4).values()), list(Counter("cab").keys()))
del votes["dave"]
print(sorted(votes))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError")
