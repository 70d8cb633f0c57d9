a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)))
x = None
print(id(x) == id(None), id(True) == id(True))
def f():
    pass
g = f
print(id(f) == id(g))
