from collections.abc import Iterable, Iterator, Mapping, Sequence, Callable, Hashable, Sized, MutableMapping
print(isinstance([], Iterable), isinstance([], Iterator), isinstance(iter([]), Iterator), isinstance({}, Mapping))
print(isinstance("s", Sequence), isinstance({}, Sequence), isinstance(len, Callable), isinstance([], Hashable), isinstance((), Hashable))
class MyMap(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], len(m), list(m), m.get("z", 0), "b" in m, list(m.items()), m == {"a": 1, "b": 2})
class Sz:
    def __len__(self):
        return 3
print(isinstance(Sz(), Sized), issubclass(dict, MutableMapping), issubclass(tuple, MutableMapping))
