# Errors around __init__ and __new__ signatures and return values.

class ReturnsValue:
    def __init__(self):
        return 42

try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)

class ReturnsNoneExplicitly:
    def __init__(self):
        return None

print(type(ReturnsNoneExplicitly()).__name__)

class NeedsArgs:
    def __init__(self, a, b, *, c):
        self.total = a + b + c

print(NeedsArgs(1, 2, c=3).total)
for args, kwargs in [((1,), {"c": 1}), ((1, 2), {}), ((1, 2, 3), {"c": 1}), ((1, 2), {"c": 1, "d": 2})]:
    try:
        NeedsArgs(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

# Calling __init__ again re-initialises an existing object.
n = NeedsArgs(1, 1, c=1)
n.__init__(10, 10, c=10)
print(n.total)

# __new__ with a wrong signature.
class BadNew:
    def __new__(cls):
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x

try:
    BadNew(1)
except TypeError as e:
    print("TypeError:", e)

# __new__ that forgets to return anything gives None, and __init__ is skipped.
class Forgetful:
    def __new__(cls, *args):
        super().__new__(cls)

    def __init__(self, *args):
        print("never printed")

print(Forgetful(1))

# __init__ raising leaves no object behind.
created = []

class Fragile:
    def __init__(self, ok):
        created.append(self)
        if not ok:
            raise ValueError("refusing to initialise")

try:
    Fragile(False)
except ValueError as e:
    print("ValueError:", e, len(created))

# Calling a class with the wrong first argument to __init__ directly.
try:
    NeedsArgs.__init__(5, 1, 2, c=3)
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

# Instantiating builtins that refuse it.
for thing in (type(None), type(NotImplemented), type(print)):
    try:
        print(repr(thing()))
    except TypeError as e:
        print("TypeError:", e)
