# __name__, __qualname__ and __module__ of nested classes, methods and
# classes built inside functions; reprs that use them.

class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass

    def make(self):
        class Local:
            def m(self):
                pass
        return Local

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__, Outer.make.__qualname__)
Local = Outer().make()
print(Local.__name__, Local.__qualname__, Local.m.__qualname__)
print(Outer.static.__qualname__, Outer.klass.__qualname__, Outer.klass.__func__.__qualname__)
print(repr(Outer.Inner), repr(Local).split(" ")[0])
print(Outer.__module__, Local.__module__, Outer.Inner.__module__)

def factory():
    class Product:
        pass
    return Product

print(factory().__qualname__, factory() is not factory())

lam = lambda: 0
print(lam.__qualname__, lam.__name__)

def outer_fn():
    def inner_fn():
        pass
    return inner_fn

print(outer_fn().__qualname__)

# __qualname__ can be assigned on classes and functions.
Outer.Inner.__qualname__ = "Renamed.Inner"
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
try:
    Outer.__qualname__ = 3
except TypeError as e:
    print("TypeError:", e)

# Default object repr uses the qualname.
obj = Outer.Inner.Deepest()
print(repr(obj).startswith("<__main__.Outer.Inner.Deepest object at 0x"))

# Exceptions defined in classes print their qualname-free name in tracebacks
# but keep it in __qualname__.
class Service:
    class Error(Exception):
        pass

try:
    raise Service.Error("down")
except Service.Error as e:
    print(type(e).__name__, type(e).__qualname__, repr(e))
