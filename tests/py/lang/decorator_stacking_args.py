def tag(name):
    def deco(fn):
        def wrapper(*a, **k):
            return "<" + name + ">" + fn(*a, **k) + "</" + name + ">"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s, upper=False):
    return s.upper() if upper else s
print(text("hi"), text("hi", upper=True), text.__name__)
def counted(fn):
    fn.calls = 0
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def f(x):
    return x * 2
print(f(1), f(2), f.calls)
class Meta:
    @staticmethod
    def deco(fn):
        return lambda *a: ("decorated", fn(*a))
@Meta.deco
def g(x):
    return x
print(g(5))
decorators = [tag("u"), tag("s")]
@decorators[0]
def h():
    return "h"
print(h())
