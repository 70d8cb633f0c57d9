calls = []
def make_default(tag):
    calls.append(tag)
    return tag
def f(x=make_default("first")):
    return x
def g(x=make_default("second"), y=[]):
    y.append(x)
    return y
print(calls)
print(f(), f(), calls)
print(g(), g(), g(3))
print(g.__defaults__)
