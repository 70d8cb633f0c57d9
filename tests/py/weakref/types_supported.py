# Which objects accept weak references (CPython's list) and the
# TypeError for the others.
import sys
import threading
import weakref


def f():
    pass


class C:
    def m(self):
        pass


def gen():
    yield 1


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class Sub(SlottedWeak):
    pass


class MySet(set):
    pass


class MyList(list):
    pass


yes = [("function", f), ("class", C), ("type", int), ("instance", C()), ("method", C().m),
       ("set", set()), ("frozenset", frozenset([1])), ("generator", gen()), ("code", f.__code__),
       ("module", sys), ("lock", threading.Lock()), ("rlock", threading.RLock()),
       ("builtin", len), ("slotted+weakref", SlottedWeak()), ("sub", Sub()),
       ("set subclass", MySet()), ("list subclass", MyList()), ("event", threading.Event())]
keep = []
for name, o in yes:
    r = weakref.ref(o)
    keep.append(o)
    print(name, r() is o)

no = [1, "s", (1,), [], {}, None, b"b", 1.5, Slotted(), object(), range(3), ValueError("x")]
for o in no:
    try:
        weakref.ref(o)
    except TypeError as e:
        print("TypeError:", e)
    try:
        weakref.proxy(o)
    except TypeError as e:
        print("TypeError:", e)

print(C().__weakref__, repr(SlottedWeak.__weakref__))
c = C()
r = weakref.ref(c)
print(c.__weakref__ is r, hasattr(Slotted(), "__weakref__"))
try:
    class Twice(SlottedWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
try:
    class TupleWeak(tuple):
        pass
    weakref.ref(TupleWeak())
except TypeError as e:
    print("TypeError:", e)
