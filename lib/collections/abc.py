"""Abstract base classes for containers (a minimal gilpy version)."""
from abc import ABC, abstractmethod


class Iterable(ABC):
    pass


class Iterator(Iterable):
    pass


class Sized(ABC):
    pass


class Container(ABC):
    pass


class Callable(ABC):
    pass


class Hashable(ABC):
    pass


class Collection(Sized, Iterable, Container):
    pass


class Sequence(Collection):
    pass


class MutableSequence(Sequence):
    pass


class Mapping(Collection):
    pass


class MutableMapping(Mapping):
    pass


class Set(Collection):
    pass


class MutableSet(Set):
    pass


class Generator(Iterator):
    pass
