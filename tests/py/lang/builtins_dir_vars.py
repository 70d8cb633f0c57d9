import math
print(sorted(n for n in dir(math) if n.startswith("is")))
def f():
    a = 1
    b = 2
    return sorted(locals().items())
print(f())
class K:
    x = 1
    def m(self):
        pass
print([n for n in dir(K) if not n.startswith("__")], "x" in vars(K))
print(sorted(dir([]))[:3] if False else [n for n in dir([]) if not n.startswith("_")])
