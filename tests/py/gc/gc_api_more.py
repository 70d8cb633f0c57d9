# The gc module's API, where gilpy's single generation gives the same
# answers as CPython's three.
import gc

print(gc.garbage, type(gc.callbacks).__name__)
for g in (0, 1, 2):
    print("collect", g, isinstance(gc.collect(g), int))
print(isinstance(gc.collect(generation=2), int))
for bad in (-1, 3, 10):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(generation=-2)
except ValueError as e:
    print("ValueError", e)

# threshold round trip
old = gc.get_threshold()
gc.set_threshold(1234)
print(gc.get_threshold()[0])
gc.set_threshold(*old)
print(gc.get_threshold() == old)

# disabled: no automatic collection, explicit collect still works
gc.disable()
print(gc.isenabled())
for i in range(5000):
    x = []
    x.append(x)
del x
print(gc.collect() >= 5000)
gc.enable()
print(gc.isenabled())

# after an explicit collection the allocation count starts again
gc.collect()
print(gc.get_count()[0] < 50)


class C:
    def m(self):
        pass


def f():
    pass


def g():
    yield 1


# is_tracked for kinds CPython 3.11 tracks the same way
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(f), gc.is_tracked(g()))
print(gc.is_tracked(C), gc.is_tracked(int), gc.is_tracked(set()), gc.is_tracked(ValueError()))
print(gc.is_tracked(C().m), gc.is_tracked(C().__init__), gc.is_tracked([].append), gc.is_tracked(property()), gc.is_tracked(gc))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(b"b"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked(([],)), gc.is_tracked(frozenset()))

# get_referents sees what a container holds
a = [1, "two"]
print(sorted(map(repr, gc.get_referents(a))))
print(sorted(map(repr, gc.get_referents({1: 3}))))
print(sorted(map(repr, gc.get_referents((a, 5)))) == sorted([repr(a), "5"]))
print(gc.get_referents(1, "x"))
holder = [a]
print(any(r is holder for r in gc.get_referrers(a)))
print(gc.is_finalized(C()))
