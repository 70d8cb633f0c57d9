# Instantiating an abstract class deep inside a factory, uncaught.
from abc import ABC, abstractmethod

class Storage(ABC):
    registry = {}

    def __init_subclass__(cls, scheme, **kw):
        super().__init_subclass__(**kw)
        Storage.registry[scheme] = cls

    @abstractmethod
    def read(self, key):
        ...

    @abstractmethod
    def write(self, key, value):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

class Memory(Storage, scheme="mem"):
    def __init__(self):
        self.data = {}

    name = "memory"

    def read(self, key):
        return self.data[key]

    def write(self, key, value):
        self.data[key] = value

class Disk(Storage, scheme="disk"):
    def read(self, key):
        return None

def open_storage(url):
    scheme, _, rest = url.partition("://")
    cls = Storage.registry[scheme]
    print("opening", cls.__name__, "for", rest)
    return cls()

m = open_storage("mem://cache")
m.write("k", 1)
print(m.name, m.read("k"), sorted(Storage.registry))
print(sorted(Disk.__abstractmethods__))
d = open_storage("disk:///tmp/x")
print("not reached", d)
