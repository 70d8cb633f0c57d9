class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e:
    print("TypeError:", e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        print("Base init")
class Mid1(Base):
    def __init__(self):
        print("Mid1 init")
        super().__init__()
class Mid2(Base):
    def __init__(self):
        print("Mid2 init")
        super().__init__()
class Leaf(Mid1, Mid2):
    def __init__(self):
        print("Leaf init")
        super().__init__()
Leaf()
print(super(B, D()).who())
