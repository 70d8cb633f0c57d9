# Two-argument super(), super in classmethods and staticmethod-free code,
# and skipping classes in the MRO.

class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

class B(A):
    def hello(self):
        return "B.hello>" + super(B, self).hello()

    @classmethod
    def make(cls):
        return "B.make>" + super().make()

class C(B):
    def hello(self):
        # Skip B entirely.
        return "C.hello>" + super(B, self).hello()

    @classmethod
    def make(cls):
        return "C.make>" + super(C, cls).make()

print(B().hello())
print(C().hello())
print(C.make())
print(B.make())
print(C().make())

# super(type, type2) with a subclass as the second argument.
print(super(B, C).make())
print(super(A, C).__init__ is object.__init__ or "wrapper")

# super outside a class body, built by hand.
c = C()
sup = super(C, c)
print(sup.hello())
print(type(sup).__name__)

# Invalid second argument.
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)

try:
    super(C, A())
except TypeError as e:
    print("TypeError:", e)

# super() in a __new__ (a static method) and a property.
class Counted:
    made = 0

    def __new__(cls, *args):
        Counted.made += 1
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v

class Sub(Counted):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.extra = True
        return inst

s = Sub(7)
print(s.v, s.extra, Counted.made)

class Base:
    @property
    def label(self):
        return "base"

class Derived(Base):
    @property
    def label(self):
        return super().label.upper() + "+derived"

print(Derived().label)

# super() lookups of missing attributes.
try:
    super(C, c).nothing
except AttributeError as e:
    print("AttributeError:", e)
