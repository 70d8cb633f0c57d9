a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.count(1), a.index(1, 2), a[::-1], a[-3:-1], a[:100], sorted(a)[len(a) // 2])
b = a.copy()
b.sort(key=lambda x: (x % 3, -x))
print(b)
b.insert(-100, "front")
b.insert(100, "back")
b.insert(-1, "before-back")
print(b)
print(b.pop(-2), b.pop(0), b)
c = [[1, 2], [1, 2]]
print(c[0] == c[1], c[0] is c[1], c.count([1, 2]), c.index([1, 2]), [1, 2] in c)
c.remove([1, 2])
print(c)
d = [1, 2, 3]
d[1:2] = [20, 21, 22]
d[len(d):] = [99]
d[:0] = [0]
print(d, d[1:-1:2], d[::-2])
d.extend(range(3))
d.extend((7,))
d += "ab"
print(d, len(d))
print([1, 2] * 0, [[1]] * 2, [] * 5, list(reversed([])), list("") == [])
e = [5, 3, 1]
e.reverse()
print(e, e.sort() is None, e, max(e), e.clear(), e)
