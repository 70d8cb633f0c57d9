edges = {
    "a": {"b": 7, "c": 9, "f": 14},
    "b": {"a": 7, "c": 10, "d": 15},
    "c": {"a": 9, "b": 10, "d": 11, "f": 2},
    "d": {"b": 15, "c": 11, "e": 6},
    "e": {"d": 6, "f": 9},
    "f": {"a": 14, "c": 2, "e": 9},
}
def dijkstra(src):
    dist = {}
    for n in edges:
        dist[n] = float("inf")
    dist[src] = 0
    prev = {}
    todo = list(edges)
    while todo:
        u = todo[0]
        for n in todo:
            if (dist[n], n) < (dist[u], u):
                u = n
        todo.remove(u)
        for v, w in edges[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
dist, prev = dijkstra("a")
print(dist)
path = ["e"]
while path[-1] != "a":
    path.append(prev[path[-1]])
print(" -> ".join(reversed(path)))
