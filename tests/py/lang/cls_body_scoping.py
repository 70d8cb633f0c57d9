# Name resolution in class bodies: a name assigned in the body is looked up
# in the class namespace then globals (skipping enclosing functions),
# comprehensions do not see class variables beyond their first iterable,
# annotations, __qualname__/__module__ overrides, __class__, nonlocal.

x = "global"
def f():
    x = "enclosing"
    class C:
        print("body sees", x)
        x = "class"
        y = x
        def m(self): return x
    return C
C = f()
print(C.x, C.y, C().m())
class D:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * k for v in vals for k in vals]
    except NameError as e:
        err = str(e)
    k = 3
    try:
        worse = [v + k for v in vals]
    except NameError as e:
        err2 = str(e)
print(D.doubled, getattr(D, "err", None), D.err2)
class E:
    a: int
    b: str = "s"
    __qualname__ = "Custom.E"
    __module__ = "mymod"
print(E.__annotations__, E.__qualname__, E.__module__, repr(E))
class F:
    def __init__(self): self.v = __class__
print(F().v is F)
def g():
    n = 0
    class G:
        nonlocal n
        n += 1
    return n
print(g())
class H:
    locals_snapshot = sorted(k for k in locals() if not k.startswith('__'))
    z = 1
print(H.locals_snapshot)
