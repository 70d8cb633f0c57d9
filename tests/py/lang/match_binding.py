# names are bound only when the whole pattern matches (CPython 3.11); captures in or-patterns in any order
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
try:
    print(x)
except NameError as e:
    print("NameError", e)
def order(v):
    match v:
        case [a, b, c] | (c, b, a, _) | {"a": a, "b": b, "c": c}:
            return a, b, c
        case {"k": [p, q], "r": r} if p < q:
            return p, q, r
        case ((1 | 2) as one, [*rest]) | (one, rest, _) if one:
            return one, rest
print(order([1, 2, 3]), order((1, 2, 3, 4)), order({"c": 3, "a": 1, "b": 2}), order({"k": [1, 2], "r": 9}))
print(order((2, [5, 6])), order((7, 8, 9)))
match (1, (2, (3, 4))):
    case (a, (b, (c, d))) | (d, (c, (b, a, _))):
        print(a, b, c, d)
match {"x": 1, "y": [2, 3], "z": 4}:
    case {"x": x, "y": [y1, y2], **rest} if x < y1:
        print(x, y1, y2, rest)
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
match P(1, P(2, 3)):
    case P(a, P(b, c) as inner) as whole:
        print(a, b, c, type(inner).__name__, type(whole).__name__)
match 5:
    case (1 | 2 | 3) as n:
        print("small", n)
    case (4 | 5 | 6) as n if n > 4:
        print("medium", n)
def failguard(v):
    match v:
        case [g1, g2] if g1 > g2:
            return "desc"
        case _:
            return "other", g1, g2
print(failguard([1, 2]))
