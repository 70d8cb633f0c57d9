a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(sorted(a.union([7], (8,))), a.intersection(range(3)), a.issubset(range(10)), a.issuperset({1}), a.isdisjoint({9}))
c = set(a)
c |= {10}; print(sorted(c))
c &= {1, 2, 10, 11}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {2, 3}; print(sorted(c))
c.update([20, 21]); print(sorted(c))
c.intersection_update({3, 20}); print(sorted(c))
c.difference_update({3}); print(sorted(c))
c.symmetric_difference_update({20, 30}); print(sorted(c))
print(sorted({"pear", "apple", "fig"}), sorted({"b", "a"} | {"c"}))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
