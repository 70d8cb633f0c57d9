class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, hasattr(q, "__dict__"))
class R:
    __slots__ = ()
try:
    R().a = 1
except AttributeError as e:
    print("AttributeError:", e)
