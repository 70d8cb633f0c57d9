# collections.deque: a queue, a ring buffer and a sliding window.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), 8 in d, 99 in d)
d.remove("a")
print(d)
d.insert(1, "X")
print(d)
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d)
d.clear()
print(d, bool(d))

ring = deque(maxlen=3)
for i in range(6):
    ring.append(i)
    print(list(ring), ring.maxlen)
ring.appendleft(-1)
print(ring)
print(deque("abc", 2))

def moving_average(values, n):
    window = deque(maxlen=n)
    total = 0
    out = []
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        if len(window) == n:
            out.append(total / n)
    return out

print(moving_average([40, 30, 50, 46, 39, 44], 3))

def tail(lines, n):
    return list(deque(lines, maxlen=n))

print(tail(["l%d" % i for i in range(10)], 3))

# BFS with a deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen, order, q = {"a"}, [], deque(["a"])
while q:
    node = q.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.append(nxt)
print(order)

e = deque()
for op in (e.pop, e.popleft):
    try:
        op()
    except IndexError as exc:
        print("IndexError", exc)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([0]) * 3)
c = deque([[1], [2]])
c2 = c.copy()
c2.append([3])
print(c, c2)
