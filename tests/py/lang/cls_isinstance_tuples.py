# isinstance/issubclass with classes, tuples, nested tuples, bool/int
# relationships, and the errors for bad second arguments.

class Animal:
    pass

class Dog(Animal):
    pass

class Cat(Animal):
    pass

class Robot:
    pass

class RoboDog(Dog, Robot):
    pass

pets = [Dog(), Cat(), RoboDog(), Robot(), 3, "s"]
for p in pets:
    print(type(p).__name__,
          isinstance(p, Animal),
          isinstance(p, (Cat, Robot)),
          isinstance(p, (int, (str, (Dog,)))),
          isinstance(p, ()))

print(issubclass(RoboDog, (Cat, Robot)), issubclass(Dog, Dog), issubclass(Dog, (Cat,)))
print(issubclass(bool, int), isinstance(True, int), isinstance(1, bool))
print(issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(isinstance(Dog, type), isinstance(Dog(), type), issubclass(type(Dog()), Animal))

# type() versus isinstance() for subclasses.
d = RoboDog()
print(type(d) is Dog, isinstance(d, Dog), type(d).__name__)

# Union types (X | Y) work with isinstance in 3.10+.
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(isinstance(None, type(None) | int))

# Bad second arguments.
for bad in (5, "Dog", [Dog], (Dog, 5)):
    try:
        isinstance(Dog(), bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print("TypeError:", e)

try:
    issubclass(Dog, 3)
except TypeError as e:
    print("TypeError:", e)

# A matching earlier element short-circuits the rest of a tuple.
print(isinstance(Dog(), (Dog, 5)))

# __class__ can be reassigned between compatible classes.
a = Dog()
a.__class__ = Cat
print(type(a).__name__, isinstance(a, Cat), isinstance(a, Dog))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)

# A class that lies about __class__ fools isinstance but not type().
class Liar:
    @property
    def __class__(self):
        return Dog

l = Liar()
print(isinstance(l, Dog), isinstance(l, Animal), type(l).__name__, issubclass(Liar, Dog))

# Builtin abstract helpers.
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(d, cabc.Hashable))
print(issubclass(list, (cabc.Set, cabc.MutableSequence)))
