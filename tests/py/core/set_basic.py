s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, type(s))
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(5)))
p = s.pop()
print(p in {3, 4}, len(s))
s.clear()
print(s, bool(s))
t = {1, 2, 3}
u = t.copy()
u.add(4)
print(t, u, t == u, t < u, u > t, t <= t)
print({1, 2} == {2, 1}, {1} != {1}, {True, 1, 1.0}, {0, False})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
