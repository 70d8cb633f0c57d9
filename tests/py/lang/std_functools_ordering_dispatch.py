# functools: total_ordering and singledispatch.
from functools import total_ordering, singledispatch

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

a, b = Version("1.2.0"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), a, b, Version("0.1")]))
print(max(a, b), min(a, b))

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents > other.cents
print(Money(5) >= Money(5), Money(3) < Money(4), Money(9) <= Money(1))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError", e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register
def _(obj: int):
    return f"int {obj}"

@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)

@describe.register(str)
@describe.register(bytes)
def _(obj):
    return f"text {obj!r}"

class Shape:
    pass
class Circle(Shape):
    pass
@describe.register
def _(obj: Shape):
    return "shape " + type(obj).__name__

print(describe(3), describe(True), describe(2.5))
print(describe([1, "a", b"b"]))
print(describe(Circle()), describe(None))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__)
print(int in describe.registry, float in describe.registry)

@singledispatch
def to_json(x):
    raise TypeError(f"cannot serialise {type(x).__name__}")
@to_json.register(dict)
def _(x):
    return "{" + ", ".join(f'"{k}": {to_json(v)}' for k, v in x.items()) + "}"
@to_json.register(int)
@to_json.register(float)
def _(x):
    return repr(x)
@to_json.register(str)
def _(x):
    return '"' + x + '"'
print(to_json({"a": 1, "b": {"c": 2.5, "d": "e"}}))
try:
    to_json({1, 2})
except TypeError as e:
    print("TypeError", e)
