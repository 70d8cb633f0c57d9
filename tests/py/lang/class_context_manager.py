class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Tracker("a") as t:
    print("inside", t.name)
with Tracker("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Tracker("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Tracker("outer") as o, Tracker("inner") as i:
    print("both", o.name, i.name)
def f():
    with Tracker("in function"):
        return "returned"
print(f())
