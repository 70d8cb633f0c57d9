# class patterns: __match_args__, keywords, self-matching builtins
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return "3d flat %r %r" % (x, y)
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "x axis %r" % x
        case Point(x=0, y=y):
            return "y axis %r" % y
        case Point(y=1):
            return "y is one"
        case Point():
            return "a point"
        case _:
            return "not a point"

for p in [Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0), Point(5, 0), Point(0, 7), Point(2, 1), Point(3, 3), "p"]:
    print(where(p))

def builtin(x):
    match x:
        case bool(b):
            return "bool %r" % b
        case int(0 | 1 as n):
            return "small int %r" % n
        case int(n):
            return "int %r" % n
        case float(f):
            return "float %r" % f
        case str() as s if len(s) > 3:
            return "long str"
        case str(s):
            return "str %r" % s
        case bytes(b) | bytearray(b):
            return "binary %r" % (b,)
        case list([a, *_]):
            return "list starting %r" % a
        case tuple(t):
            return "tuple of %d" % len(t)
        case dict(d):
            return "dict %r" % d
        case set(s) | frozenset(s):
            return "set of %d" % len(s)
        case _:
            return "other"

for v in [True, 0, 1, 42, 2.5, "hello", "hi", b"b", bytearray(b"ba"), [9, 8], (1, 2), {"a": 1}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", builtin(v))

class MyInt(int):
    pass
match MyInt(5):
    case MyInt(5):
        print("subclass of int matches itself")

# an attribute that is missing makes the pattern fail, not raise
class Partial:
    __match_args__ = ("a", "b")
    a = 1
match Partial():
    case Partial(1, b):
        print("b?", b)
    case Partial(a):
        print("only a", a)

# keyword patterns need no __match_args__
class Plain:
    def __init__(self):
        self.name = "plain"
match Plain():
    case Plain(name="other"):
        print("wrong")
    case Plain(name=n):
        print("name", n)

# the class may be a dotted name
import collections
match collections.OrderedDict(a=1):
    case collections.OrderedDict():
        print("OrderedDict")
