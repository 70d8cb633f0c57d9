# Metaclass __call__ (controlling instantiation) and __prepare__
# (the namespace used while executing the class body).

class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Database(metaclass=SingletonMeta):
    def __init__(self, url):
        self.url = url

class Cache(metaclass=SingletonMeta):
    def __init__(self, size=10):
        self.size = size

d1 = Database("sqlite://a")
d2 = Database("sqlite://b")
print(d1 is d2, d2.url, Cache().size, Cache(99).size, Cache() is Cache())

# __call__ can return anything, skipping __init__ altogether.
class Factory(type):
    def __call__(cls, *args):
        if args and args[0] == "raw":
            return args[1:]
        inst = cls.__new__(cls)
        inst.args = args
        return inst

class Made(metaclass=Factory):
    def __init__(self, *args):
        print("never called")

print(Made("raw", 1, 2), Made(3, 4).args)

# __prepare__ returns the namespace: record definition order and duplicates.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"__prepare__ {name} kwargs={kwargs}")
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class Form(metaclass=OrderedMeta, strict=True):
    zeta = 1
    alpha = 2

    def submit(self):
        pass

    middle = 3

print(Form._order)

try:
    class Dup(metaclass=OrderedMeta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)

# __prepare__ providing default values to the class body.
class Defaults(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"UNIT": "cm", "scale": lambda v: v * 10}

class Ruler(metaclass=Defaults):
    length = scale(3)
    label = f"{length} {UNIT}"

print(Ruler.length, Ruler.label)

# __prepare__ must return a mapping.
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5

try:
    class Bad(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
