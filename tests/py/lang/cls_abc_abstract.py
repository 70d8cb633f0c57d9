# abc.ABC, abstractmethod, abstract properties and classmethods, register().
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        """Return the area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class HalfDone(Shape):
    def area(self):
        return 1.0

try:
    HalfDone()
except TypeError as e:
    print("TypeError:", e)

class Rect(HalfDone):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

print(Rect(2, 3.5).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Rect.__abstractmethods__)
print(isinstance(Rect(1, 1), Shape), type(Shape).__name__, Shape.area.__isabstractmethod__)

# Abstract properties, classmethods and staticmethods.
class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...

try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)

class Hello(Plugin):
    name = "hello"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return "1.0"

h = Hello.create()
print(h.name, h.version(), isinstance(h, Plugin))

# Virtual subclasses via register().
class Sized(ABC):
    @abstractmethod
    def size(self):
        ...

class Legacy:
    def size(self):
        return 3

Sized.register(Legacy)
print(issubclass(Legacy, Sized), isinstance(Legacy(), Sized), Sized in Legacy.__mro__)

@Sized.register
class Other:
    pass

print(Other.__name__, issubclass(Other, Sized))

# Removing abstractness after the fact does not help: it is computed at
# class creation time.
class Late(Shape):
    pass

Late.area = lambda self: 0
Late.perimeter = lambda self: 0
try:
    Late()
except TypeError as e:
    print("TypeError:", e)

# A single abstract method uses the singular form in the message.
class One(ABC):
    @abstractmethod
    def only(self):
        pass

try:
    One()
except TypeError as e:
    print("TypeError:", e)
