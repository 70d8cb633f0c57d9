# Metaclass __new__ and __init__: registries, validation, injected methods.

class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kwargs={kwargs}")
        ns.setdefault("kind", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[cls.kind] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Meta.__init__ {name} has kind={cls.kind}")
        super().__init__(name, bases, ns)
        cls.options = kwargs

class Handler(metaclass=RegistryMeta):
    def handle(self):
        return f"{type(self).__name__} handling {self.kind}"

class JSONHandler(Handler, fmt="json"):
    pass

class XMLHandler(Handler):
    kind = "xml-legacy"

print(sorted(RegistryMeta.registry))
print(RegistryMeta.registry["jsonhandler"]().handle(), JSONHandler.options, XMLHandler.options)
print(type(JSONHandler) is RegistryMeta, isinstance(JSONHandler, type))

# Validation at class creation time.
class InterfaceMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        for required in getattr(cls, "_required", ()):
            if not callable(getattr(cls, required, None)):
                raise TypeError(f"{name} must define {required}()")
        return cls

class Service(metaclass=InterfaceMeta):
    _required = ("start", "stop")
    start = stop = staticmethod(lambda: None)

try:
    class Broken(Service):
        start = None
except TypeError as e:
    print("TypeError:", e)

print("Broken" in globals())

# Metaclass methods are available on the class but not on instances.
class Meta(type):
    def describe(cls):
        public = [k for k in cls.__dict__ if not k.startswith("__")]
        return f"class {cls.__name__} with {len(public)} public entries"

    def __repr__(cls):
        return f"<{cls.__name__} via Meta>"

    def __len__(cls):
        return 42

class Thing(metaclass=Meta):
    a = 1

print(Thing.describe(), repr(Thing), len(Thing))
print(hasattr(Thing(), "describe"))

# Metaclass conflicts and inheritance of metaclasses.
class OtherMeta(type):
    pass

class Other(metaclass=OtherMeta):
    pass

try:
    class Mixed(Thing, Other):
        pass
except TypeError as e:
    print("TypeError:", e)

class SubMeta(Meta, OtherMeta):
    pass

class Mixed(Thing, Other, metaclass=SubMeta):
    pass

print(type(Mixed).__name__, type(JSONHandler.__mro__[1]).__name__)

# A function can serve as a metaclass.
def upper_attrs(name, bases, ns):
    return type(name, bases, {k if k.startswith("__") else k.upper(): v for k, v in ns.items()})

class Shouty(metaclass=upper_attrs):
    greeting = "hi"

print(Shouty.GREETING, hasattr(Shouty, "greeting"))
