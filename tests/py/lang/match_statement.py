def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int " + str(n)
        case int() | float():
            return "number"
        case "":
            return "empty string"
        case str(s):
            return "string of " + str(len(s))
        case [a, b]:
            return "pair " + repr((a, b))
        case [first, *rest]:
            return "list starting " + repr(first) + " rest " + repr(rest)
        case {"type": "point", "x": px, "y": py}:
            return "point at " + repr((px, py))
        case {"type": t, **others}:
            return "typed " + t + " " + repr(others)
        case None:
            return "none"
        case _:
            return "other " + type(x).__name__
for v in [0, -5, 7, 2.5, "", "abc", [1, 2], [1, 2, 3], [], {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3}, None, (1,), {1, 2}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x axis at " + str(x)
        case Point(x=0, y=yy):
            return "on y axis at " + str(yy)
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1)]:
    print(where(p))
