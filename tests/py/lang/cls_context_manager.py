# __enter__/__exit__: the value bound by `as`, exception details,
# suppression, and nesting order.

class Resource:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name} exc={kind} msg={exc} tb={tb is not None}")
        return exc_type is not None and issubclass(exc_type, self.suppress)

with Resource("a") as value:
    print("body", value)

with Resource("b", suppress=(KeyError,)):
    {}["missing"]
print("after suppressed KeyError")

try:
    with Resource("c", suppress=(KeyError,)):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)

# Nested managers exit in reverse order; inner suppression hides from outer.
with Resource("outer"), Resource("inner", suppress=(ZeroDivisionError,)) as i:
    print("inner value", i)
    1 / 0
print("after nested")

# __exit__ runs on return and break too.
def use():
    with Resource("ret"):
        return "returned"

print(use())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            break
print("loop done at", n)

# An exception in __exit__ replaces the original, which becomes __context__.
class Failing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

try:
    with Failing():
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

# __enter__ failing: __exit__ is not called.
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *exc):
        print("never")

try:
    with BadEnter():
        print("never")
except OSError as e:
    print("OSError:", e)

# Objects lacking the protocol.
class NoEnter:
    def __exit__(self, *a):
        pass

try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)

# A truthy non-bool return value also suppresses.
class Truthy:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return "yes"

with Truthy() as nothing:
    raise IndexError
print("suppressed by truthy", nothing)
