# Assigning __bases__ at run time: method lookup, MRO, isinstance and
# operator slots follow the new bases; bad assignments are refused with
# CPython's messages and leave the class as it was.

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A):
    pass
class D(C):
    pass
c, d = C(), D()
print(c.who(), d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(c.who(), d.who(), d.only_b(), [k.__name__ for k in D.__mro__], issubclass(D, B), issubclass(D, A))
print(A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print(c.who(), [k.__name__ for k in C.__mro__])
for bad in ((), [A], (1,), (D,)):
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
class X(A, B): pass
try:
    C.__bases__ = (B, X)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in C.__mro__], c.who())
class S:
    __slots__ = ("s",)
try:
    C.__bases__ = (S,)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
class WithAdd:
    def __add__(self, o): return "added"
C.__bases__ = (WithAdd,)
print(c + 1, d + 2)
