import heapq
import bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3]), list(heapq.merge([1, 4], [2, 3])))
data = [9, 4, 7]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 1), heapq.heapreplace(data, 10), data)
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 100))
bisect.insort(a, 4)
print(a)
