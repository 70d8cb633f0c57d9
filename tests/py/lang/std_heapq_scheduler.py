# heapq: a priority queue, merge, nlargest/nsmallest, heapify.
import heapq

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3]))
people = [("ann", 31), ("bob", 25), ("cid", 40), ("dan", 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(1, people, key=lambda p: p[1]))
print(heapq.nlargest(10, [3, 1]), heapq.nsmallest(0, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
print(list(heapq.merge([7, 4, 1], [8, 3], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)

class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = 0
    def add(self, priority, name):
        heapq.heappush(self.queue, (priority, self.counter, name))
        self.counter += 1
    def run(self):
        while self.queue:
            prio, _, name = heapq.heappop(self.queue)
            print(f"run {name} (p{prio})")

s = Scheduler()
for p, n in [(3, "email"), (1, "backup"), (2, "report"), (1, "alert"), (5, "cleanup")]:
    s.add(p, n)
s.run()

def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))

g = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
print(dijkstra(g, "A"))

def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)
print(k_closest([(3, 3), (5, -1), (-2, 4), (1, 1), (0, 2)], 3))
running = []
medians = []
for x in [5, 15, 1, 3, 8, 7]:
    heapq.heappush(running, x)
    srt = sorted(running)
    medians.append(srt[len(srt) // 2])
print(medians)
