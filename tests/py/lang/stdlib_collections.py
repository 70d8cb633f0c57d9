from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6])
c.update("aaz")
print(c["a"], c["z"], (Counter("aab") + Counter("bc")), Counter("aab") - Counter("ab"))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for w in "a b a c a".split():
    counts[w] += 1
print(dict(counts))
od = OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(list(od), od.popitem(last=False))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), list(dq))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, tuple(p))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm))
