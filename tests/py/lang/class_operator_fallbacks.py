class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called")
        return self + o
    def __repr__(self):
        return "Num(%d)" % self.v
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
print(sum([Num(1), Num(2)]))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
class L:
    def __lt__(self, o):
        print("L.__lt__")
        return True
class G:
    def __gt__(self, o):
        print("G.__gt__")
        return False
print(L() < G(), G() > L())
try:
    print(G() < L())
except TypeError as e:
    print("TypeError:", e)
