class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return self.suppress
def f():
    with CM("outer"):
        with CM("inner", suppress=True):
            raise ValueError("swallowed by inner")
        print("after inner")
        return "returned"
print(f())
def g():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                return "early"
print(g())
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with BadEnter():
        print("body must not run")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
