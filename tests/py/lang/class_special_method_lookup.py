class C:
    def __len__(self):
        return 5
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) != "instance repr")
D.__repr__ = lambda self: "class repr"
print(repr(d), str(d))
class E:
    def __getattr__(self, name):
        return "dynamic " + name
e = E()
print(e.anything)
try:
    len(e)
except TypeError as ex:
    print("TypeError:", ex)
try:
    e + 1
except TypeError as ex:
    print("TypeError:", ex)
