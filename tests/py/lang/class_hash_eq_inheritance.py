class A:
    def __eq__(self, o):
        return isinstance(o, A)
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print("TypeError:", e)
class B(A):
    __hash__ = object.__hash__
b = B()
print(hash(b) == hash(b), b == A(), len({b, b}))
class C:
    pass
class D(C):
    def __eq__(self, o):
        return True
print(C.__hash__ is object.__hash__, D.__hash__)
class E:
    def __eq__(self, o):
        return NotImplemented
e = E()
print(e == e, e == E(), e != e)
