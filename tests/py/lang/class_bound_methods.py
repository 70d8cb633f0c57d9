class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c1, c2 = C(1), C(2)
m1 = c1.get
print(m1(), m1.__self__ is c1, m1.__func__ is C.get, C.get(c2))
fns = [c1.get, c2.get]
print([f() for f in fns])
print(c1.get == c1.get, c1.get is c1.get)
print(type(m1).__name__, type(C.get).__name__)
