graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": ["G"],
    "G": [],
    "H": ["A"],
}
def bfs(start):
    seen = [start]
    queue = [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                seen.append(nb)
                queue.append(nb)
    return seen, dist
def dfs(node, visited):
    visited.append(node)
    for nb in graph[node]:
        if nb not in visited:
            dfs(nb, visited)
    return visited
print(bfs("A"))
print(dfs("A", []), dfs("H", []))
def topo():
    indeg = {}
    for n in graph:
        indeg.setdefault(n, 0)
        for m in graph[n]:
            indeg[m] = indeg.get(m, 0) + 1
    ready = []
    for n in indeg:
        if indeg[n] == 0:
            ready.append(n)
    ready.sort()
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(topo())
