s = slice(1, 5)
print(s, s.start, s.stop, s.step, slice(3), slice(1, 10, 2), slice(None, None, -1))
a = list(range(10))
print(a[s], a[slice(None, None, -1)], a[slice(2, None)], "abcdef"[slice(1, None, 2)])
print(s.indices(3), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
a[slice(0, 3)] = ["x"]
print(a)
