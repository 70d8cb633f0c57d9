def register(registry):
    def deco(obj):
        registry[obj.__name__] = obj
        return obj
    return deco
REG = {}
@register(REG)
class Handler:
    pass
@register(REG)
def handle():
    pass
print(sorted(REG))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
def add_method(cls):
    cls.extra = lambda self: "extra on " + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
