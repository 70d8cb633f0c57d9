# staticmethod and classmethod: alternate constructors, inheritance, access.
import datetime

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    def __str__(self):
        return f"{self.d:02}/{self.m:02}/{self.y}"

print(Date.from_string("2024-02-29"))
e = EuroDate.from_string("2023-07-04")
print(repr(e), str(e))
print(Date.is_leap(2000), Date.is_leap(1900), e.is_leap(2024))
print(e.from_string("1999-12-31"))

# The descriptors themselves.
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is Date.is_leap, cm.__func__.__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__ is EuroDate)
print(sm(1996), callable(sm))

# Wrapping plain functions by hand.
def helper(x):
    return x * 2

def cls_name(cls):
    return cls.__name__

class Tools:
    double = staticmethod(helper)
    name = classmethod(cls_name)

print(Tools.double(4), Tools().double(5), Tools.name(), Tools().name())

# Counting instances per class with classmethods.
class Registry:
    _items = None

    @classmethod
    def add(cls, item):
        if cls._items is None or "_items" not in cls.__dict__:
            cls._items = []
        cls._items.append(item)
        return len(cls._items)

class Users(Registry):
    pass

class Groups(Registry):
    pass

Users.add("ann")
Users.add("bob")
Groups.add("admins")
print(Users._items, Groups._items, Registry._items)

# Calling an instance method through the class without an instance.
try:
    Date.__repr__()
except TypeError as e:
    print("TypeError:", e)

print(datetime.date(2020, 1, 2).isoformat())
