s = {5, 3, 1}
print(sorted(s | {2}), sorted(s - {1}), sorted(s & {1, 5, 7}), sorted(s ^ {1, 2}), len(s))
print(s.issubset({1, 3, 5, 7}), s.issuperset([1, 3]), s.isdisjoint((2, 4)), s <= s, s < s, s == {1, 3, 5})
t = set()
for ch in "hello world":
    t.add(ch)
print(sorted(t), len(t), "o" in t, " " in t)
t.discard("z")
t.remove(" ")
print(len(t), sorted(t.union("xyz")), sorted(t.intersection("lo", "ol")), sorted(t.difference("helo", "wr")))
u = {1, 2, 3}
v = u
u |= {4}
print(v, u is v)
u = u | {5}
print(v, u is v, sorted(u))
print(set([1, 2, 2, 3]) == {1, 2, 3}, frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), set() == frozenset())
print(sorted({(1, 2), (1, 2), (2, 1)}), len({1, 1.0, True}), len({0, 0.0, False, -0.0}))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
