# property: getter/setter/deleter, docstrings, errors and subclassing.

class Temperature:
    def __init__(self, c):
        self._c = c

    def _get_c(self):
        return self._c

    def _set_c(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    def _del_c(self):
        print("deleting")
        del self._c

    celsius = property(_get_c, _set_c, _del_c, "Degrees Celsius.")

    @property
    def fahrenheit(self):
        """Degrees Fahrenheit (read-only)."""
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)

try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)

try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)

del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)

# property objects: fget/fset/fdel and copies made by .setter.
p = Temperature.__dict__["celsius"]
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
ro = Temperature.__dict__["fahrenheit"]
print(ro.fset is None, ro.fdel is None)
rw = ro.setter(lambda self, v: None)
print(rw is ro, rw.fget is ro.fget, rw.fset is not None)

# Subclassing property.
class cached(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        name = "_cache_" + self.fget.__name__
        if name not in obj.__dict__:
            obj.__dict__[name] = self.fget(obj)
        return obj.__dict__[name]

class Data:
    calls = 0

    @cached
    def total(self):
        """Sum, computed once."""
        Data.calls += 1
        return 42

d = Data()
print(d.total, d.total, Data.calls)
print(type(Data.total).__name__, Data.total.__doc__)
print(isinstance(Data.total, property))

# A property that is overridden by a plain class attribute in a subclass.
class Base:
    @property
    def value(self):
        return "property"

class Plain(Base):
    value = "plain"

print(Base().value, Plain().value)
