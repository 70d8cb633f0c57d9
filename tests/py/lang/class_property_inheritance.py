class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return "shape"
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return "square of " + super().name
    @Shape.area.getter
    def area(self):
        return "area=" + str(self.w ** 2)
s = Square(3)
print(s.area, s.name, Shape(2, 5).area)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
c = Cached()
print(c.value, c.value, c.calls)
from functools import cached_property
class Lazy:
    def __init__(self):
        self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1
        return "computed"
l = Lazy()
print(l.value, l.value, l.calls)
