# an error inside a class pattern, uncaught: the traceback points at the case
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def norm1(v):
    match v:
        case Vec(x, y, z):
            return abs(x) + abs(y) + abs(z)
        case _:
            return 0

print(norm1(3))
print(norm1(Vec(1, 2)))
