# functools: partial and reduce in ordinary code.
from functools import partial, reduce
import operator

def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(7), cube(3), square(12, mod=10))
p = partial(power, 2)
print(p(10), p(10, mod=1000))
print(p.func is power, p.args, p.keywords)
print(square.args, square.keywords)
pp = partial(p, mod=7)
print(pp(5), pp.func is power, pp.args, pp.keywords)
int2 = partial(int, base=2)
print(int2("1011"), int2("111", base=8))
print(repr(partial(max, 1)).startswith("functools.partial(<built-in function max>, 1"))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)

class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click
    def click(self):
        return self.on_click()

def handler(name, event="click"):
    return f"{name} got {event}"
buttons = [Button(n, partial(handler, n)) for n in ("ok", "cancel")]
print([b.click() for b in buttons])

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 8), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", ""], 0))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], "empty"))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello Big World "))
nested = {"a": {"b": {"c": 42}}}
print(reduce(operator.getitem, ["a", "b", "c"], nested))
class Cfg:
    def __init__(self):
        self.timeout = 30
    def method(self, a, b=1):
        return (self.timeout, a, b)
bound = partial(Cfg().method, b=5)
print(bound(1))
