# Class-level attribute hooks through the metaclass: __getattr__ for
# missing class attributes, __setattr__ guarding class state, __iter__,
# __contains__ and __len__ on classes, and __repr__ of the class itself.

class ConstantsMeta(type):
    def __getattr__(cls, name):
        if name.isupper():
            raise AttributeError(f"no constant {name} in {cls.__name__}")
        return f"<derived {name}>"

    def __setattr__(cls, name, value):
        if name.isupper() and name in cls.__dict__:
            raise AttributeError(f"cannot rebind constant {cls.__name__}.{name}")
        super().__setattr__(name, value)

    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if k.isupper()))

    def __contains__(cls, name):
        return name in cls.__dict__ and name.isupper()

    def __len__(cls):
        return sum(1 for _ in cls)

    def __repr__(cls):
        return f"<constants {cls.__name__}: {', '.join(cls)}>"

class Http(metaclass=ConstantsMeta):
    OK = 200
    NOT_FOUND = 404
    TEAPOT = 418

print(Http.OK, Http.something, list(Http), len(Http), "OK" in Http, "FOO" in Http)
print(repr(Http), Http)
try:
    Http.MISSING
except AttributeError as e:
    print("AttributeError:", e)
try:
    Http.OK = 201
except AttributeError as e:
    print("AttributeError:", e)
Http.NEW = 299
Http.lower = "fine"
print(list(Http), Http.lower)

# getattr/hasattr on classes go through the metaclass hook too.
print(getattr(Http, "anything"), hasattr(Http, "ANYTHING"), getattr(Http, "ANYTHING", "dflt"))

# Instances do not see the metaclass's __getattr__.
try:
    Http().something
except AttributeError as e:
    print("AttributeError:", e)

# Subclasses inherit the metaclass and its behaviour.
class Https(Http):
    SECURE = True

print(list(Https), len(Https), type(Https).__name__, Https.OK)

# A metaclass __call__ combined with __getattr__ for a registry lookup.
class RegistryMeta(type):
    def __getitem__(cls, key):
        return cls._items[key]

    def __call__(cls, key, *args):
        inst = super().__call__(*args)
        cls._items[key] = inst
        return inst

class Widget(metaclass=RegistryMeta):
    _items = {}

    def __init__(self, size=1):
        self.size = size

Widget("small")
Widget("big", 10)
print(Widget["big"].size, Widget["small"].size, sorted(Widget._items))
try:
    Widget["huge"]
except KeyError as e:
    print("KeyError:", e)
