# Class decorators, decorators on methods, and classes used as decorators.
import functools


def register(cls):
    register.seen.append(cls.__name__)
    cls.registered = True
    return cls


register.seen = []


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = __repr__
    return cls


@register
@add_repr
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), Point.registered, register.seen)


def check_positive(method):
    @functools.wraps(method)
    def wrapper(self, value):
        if value <= 0:
            raise ValueError(f"{type(self).__name__}.{method.__name__}: {value} <= 0")
        return method(self, value)
    return wrapper


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class Account:
    def __init__(self):
        self.balance = 0

    @check_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @CountCalls
    def ping(self):
        return f"ping {self.balance}"

    @staticmethod
    @check_positive
    def static_check(self, v):
        return v

    @classmethod
    def create(cls, amount):
        acc = cls()
        acc.deposit(amount)
        return acc

    @property
    @functools.lru_cache(maxsize=None)
    def heavy(self):
        return "computed"


acc = Account.create(5)
acc.deposit(7)
try:
    acc.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
print(acc.balance, acc.ping(), acc.ping(), Account.ping.count)
print(Account.deposit.__name__, Account.ping.__name__)
print(Account.static_check(acc, 3))
print(acc.heavy, acc.heavy)


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, name):
        self.name = name


c1 = Config("first")
c2 = Config("second")
print(c1 is c2, c1.name, Config.__name__)
