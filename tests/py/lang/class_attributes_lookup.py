class K:
    shared = []
    def __init__(self, v):
        self.v = v
    def add(self, x):
        self.shared.append(x)
a = K(1)
b = K(2)
a.add("from a")
b.add("from b")
print(K.shared, a.shared is b.shared)
a.shared = ["own"]
print(a.shared, b.shared, K.shared)
del a.shared
print(a.shared)
print("v" in a.__dict__, "shared" in K.__dict__, K.__dict__["add"].__name__)
print(getattr(a, "v"), getattr(K, "shared") is K.shared)
setattr(K, "new_attr", 42)
print(a.new_attr, b.new_attr)
delattr(K, "new_attr")
print(hasattr(a, "new_attr"))
