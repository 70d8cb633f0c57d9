def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + ", " + name
        @classmethod
        def prefix_len(cls):
            return len(prefix)
    return Greeter
G = make_class("Howdy")
print(G().greet("partner"), G.prefix_len())
def counter_class():
    count = 0
    class Counted:
        def __init__(self):
            nonlocal count
            count += 1
        @staticmethod
        def total():
            return count
    return Counted
C = counter_class()
C(); C(); C()
print(C.total())
x = "module"
class Scope:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
print(Scope().method(), Scope().lam(), Scope.comp)
