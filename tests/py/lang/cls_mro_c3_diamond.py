# C3 linearisation: diamonds, longer hierarchies, mro() and __mro__.

class O:
    def who(self):
        return ["O"]

class A(O):
    def who(self):
        return ["A"] + super().who()

class B(O):
    def who(self):
        return ["B"] + super().who()

class C(O):
    def who(self):
        return ["C"] + super().who()

class D(O):
    def who(self):
        return ["D"] + super().who()

class E(O):
    def who(self):
        return ["E"] + super().who()

class K1(A, B, C):
    def who(self):
        return ["K1"] + super().who()

class K2(D, B, E):
    def who(self):
        return ["K2"] + super().who()

class K3(D, A):
    def who(self):
        return ["K3"] + super().who()

class Z(K1, K2, K3):
    def who(self):
        return ["Z"] + super().who()


def names(cls):
    return [c.__name__ for c in cls.__mro__]

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))

print(Z().who())
print(Z.mro() == list(Z.__mro__))
print(type(Z.__mro__).__name__, type(Z.mro()).__name__)
print(Z.__bases__ == (K1, K2, K3))
print([c.__name__ for c in K1.__bases__])

# Attribute lookup follows the MRO, not depth-first order.
class Base:
    greeting = "base"

class Left(Base):
    pass

class Right(Base):
    greeting = "right"

class Bottom(Left, Right):
    pass

print(Bottom.greeting)
print(names(Bottom))

# object is always last; a class with no bases still has it.
class Plain:
    pass

print(names(Plain))
print(object.__mro__ == (object,))
print(Plain.__base__ is object, Bottom.__base__ is Left)

# Diamond with __init__ cooperating once per class.
calls = []

class Root:
    def __init__(self):
        calls.append("Root")

class P1(Root):
    def __init__(self):
        calls.append("P1")
        super().__init__()

class P2(Root):
    def __init__(self):
        calls.append("P2")
        super().__init__()

class Leaf(P1, P2):
    def __init__(self):
        calls.append("Leaf")
        super().__init__()

Leaf()
print(calls)
print(issubclass(Leaf, Root), Leaf.__mro__.index(Root))
