class Bag:
    pass
b = Bag()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(b, name, i)
print(vars(b), b.beta, getattr(b, "gamma"))
b.__dict__["direct"] = "via dict"
print(b.direct)
del b.alpha
print(sorted(vars(b)))
print([a for a in dir(b) if not a.startswith("_")])
Bag.shared = "class level"
print(b.shared, "shared" in vars(b))
