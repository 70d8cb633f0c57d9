class A:
    x = 1
    def f(self):
        return "A.f"
a = A()
A.f2 = lambda self: "added later"
print(a.f2(), A.f(a), type(A.__dict__["f"]).__name__)
a.f = lambda: "instance attr shadows method"
print(a.f(), A.f(a))
del a.f
print(a.f())
class B(A):
    x = 2
print(B.x, B().x, super(B, B()).x if hasattr(super(B, B()), "x") else "n/a", A.x)
B.x = 3
del B.x
print(B.x)
try:
    del B.x
except AttributeError as e:
    print("AttributeError:", e)
print(A.__name__, A.__qualname__, B.__mro__[1] is A, A.__subclasses__() == [B])
print(isinstance(a, (int, A)), issubclass(B, (int, A)), issubclass(B, B))
