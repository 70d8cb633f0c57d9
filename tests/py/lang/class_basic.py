class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims, Point.__doc__, Point.__name__)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, isinstance(q, Point), type(p) is Point)
p.z = 10
print(p.z, hasattr(q, "z"), getattr(q, "z", None))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 99
print(p.dims, Point.dims, q.dims)
print(sorted(vars(p).items()))
m = p.norm2
print(m(), Point.norm2(q))
