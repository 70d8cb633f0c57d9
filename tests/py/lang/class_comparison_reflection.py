class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return True
print(Left() == Right())
print(Right() == Left())
class Base:
    def __lt__(self, o):
        return "Base.__lt__"
class Derived(Base):
    def __gt__(self, o):
        return "Derived.__gt__"
print(Base() < Derived())
print(Derived() < Base())
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
    __hash__ = None
print(Num(1) == 1, 1 == Num(1), Num(1) != Num(2), [Num(1)] == [1], Num(3) in [1, 2, 3])
