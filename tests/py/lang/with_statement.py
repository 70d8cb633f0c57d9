class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as v:
    print("value", v)
with CM("x"), CM("y") as y:
    print("y is", y)
try:
    with CM("err"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
for i in range(3):
    with CM("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
