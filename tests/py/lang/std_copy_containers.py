# copy: subclasses of builtin containers, namedtuples and __reduce__ classes.
import copy
from collections import OrderedDict, Counter, defaultdict, deque, namedtuple

od = OrderedDict(a=[1], b=[2])
od2 = copy.deepcopy(od)
od2["a"].append(9)
print(od, od2, type(od2).__name__)
c = Counter("abracadabra")
print(copy.copy(c), copy.deepcopy(c) == c)
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["new"].append(5)
dd2["k"].append(2)
print(dd, dd2)
dq = deque([[1], [2]], maxlen=4)
dq2 = copy.deepcopy(dq)
dq2[0].append(3)
print(dq, dq2, dq2.maxlen)

Point = namedtuple("Point", "x y")
p = Point([1, 2], "label")
p2 = copy.deepcopy(p)
p2.x.append(3)
print(p, p2, copy.copy(p) == p, type(p2).__name__)

class Tags(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.owner = "me"
t = Tags([[1], [2]])
t2 = copy.deepcopy(t)
t2[0].append(0)
print(t, t2, t2.owner, type(t2).__name__)

class Registry(dict):
    pass
r = Registry(x=[1])
r.version = 3
r2 = copy.deepcopy(r)
r2["x"].append(2)
print(r, r2, r2.version)

class Celsius(float):
    pass
class Name(str):
    def shout(self):
        return self.upper() + "!"
print(copy.copy(Celsius(21.5)) + 1, copy.deepcopy(Name("ann")).shout())

class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency
    def __reduce__(self):
        print("reduce called")
        return (Money, (self.cents, self.currency))
    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"
m = copy.deepcopy([Money(150, "EUR")] * 2)
print(m, m[0] is m[1])

class Matrix(list):
    def __deepcopy__(self, memo):
        print("own __deepcopy__")
        return Matrix(row[:] for row in self)
mm = copy.deepcopy({"m": Matrix([[1, 2], [3, 4]])})
print(mm, type(mm["m"]).__name__)
loop = Tags()
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[0] is lc, lc[0] is not loop)
