class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print("__mul__")
        return Acc(self.v * o)
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a *= 3
print(a, b, a is b)
class OnlyAdd:
    def __add__(self, o):
        return "added " + repr(o)
x = OnlyAdd()
x += 1
print(x)
lst = [1]
t = (lst,)
t[0].extend([2])
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
