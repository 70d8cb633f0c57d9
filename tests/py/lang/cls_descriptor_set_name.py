# Descriptors with __set_name__: validated fields.

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass

class Number(Field):
    def __init__(self, minimum=None):
        self.minimum = minimum

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")

class Text(Field):
    def __init__(self, maxlen):
        self.maxlen = maxlen

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.public} must be str")
        if len(value) > self.maxlen:
            raise ValueError(f"{self.public} longer than {self.maxlen}")

class Product:
    name = Text(10)
    price = Number(minimum=0)
    qty = Number(minimum=1)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total())
print(sorted(vars(p)))
print(Product.price.public, Product.price.private, Product.price.owner)

for args in [("a" * 11, 1, 1), ("pen", -1, 1), ("pen", 1, "x"), (3, 1, 1), ("ok", 2, 0)]:
    try:
        Product(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# __set_name__ is called for attributes set in the class body only.
class Recorder:
    seen = []

    def __set_name__(self, owner, name):
        Recorder.seen.append((owner.__name__, name))

class Host:
    a = Recorder()
    b = Recorder()

Host.c = Recorder()
print(Recorder.seen)

# The same descriptor object under two names is told about both.
shared = Recorder()

class Twice:
    x = shared
    y = shared

print(Recorder.seen[-2:])

# Errors in __set_name__ are wrapped in a RuntimeError (3.11).
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope: " + name)

try:
    class Uses:
        field = Bad()
except Exception as e:
    print(type(e).__name__, e)
