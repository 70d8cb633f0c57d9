class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
class Base(metaclass=Registry):
    pass
class One(Base):
    pass
class Two(Base):
    x = 1
print(Registry.classes, type(One).__name__, type(Registry).__name__)
Dyn = type("Dyn", (object,), {"v": 5, "get": lambda self: self.v * 2})
print(Dyn().get(), Dyn.__name__, type(Dyn))
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
