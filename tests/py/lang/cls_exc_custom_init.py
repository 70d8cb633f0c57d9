# User exceptions whose __init__ does not pass everything to the base
# class: args, str(), repr(), pickling-style reconstruction, and
# attributes set after the fact.

class NoSuper(Exception):
    def __init__(self, code):
        self.code = code  # Exception.__init__ is never called

e = NoSuper(404)
print(e.args, repr(str(e)), repr(e), e.code)

class PartialSuper(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

e = PartialSuper(500, "server error")
print(e.args, str(e), repr(e), e.code)

class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(f"failed: {reason}")
        self.reason = reason

try:
    raise KwOnly(reason="disk full")
except KwOnly as err:
    print(err, err.args, err.reason)

# __str__ and __repr__ overrides are used by print and format.
class Pretty(Exception):
    def __str__(self):
        return f"pretty({', '.join(map(str, self.args))})"

    def __repr__(self):
        return "Pretty!"

p = Pretty(1, 2)
print(p, repr(p), f"{p}", f"{p!r}", [p], str(p.args))

# BaseException.__new__ stores args even when __init__ ignores them.
class IgnoresArgs(Exception):
    def __init__(self, *args):
        pass

print(IgnoresArgs("a", "b").args, str(IgnoresArgs("only")))

# args can be replaced; str follows.
ex = ValueError("one")
ex.args = ("two", 3)
print(str(ex), repr(ex))
ex.args = ["list", "becomes", "tuple"]
print(type(ex.args).__name__, ex)

# Exception attributes and __dict__.
err = PartialSuper(1, "m")
err.extra = "x"
print(sorted(vars(err)), hasattr(ValueError(), "__dict__"))

# Raising the class creates an instance with no args.
try:
    raise PartialSuper
except TypeError as te:
    print("TypeError:", te)

try:
    raise NoSuper
except TypeError as te:
    print("TypeError:", te)

# Exceptions compare by identity.
a, b = ValueError("x"), ValueError("x")
print(a == b, a == a, len({a, b}))

# An exception instance can be raised twice; its traceback grows anew.
shared = RuntimeError("again")
for attempt in range(2):
    try:
        raise shared
    except RuntimeError as caught:
        print(attempt, caught is shared, caught.__traceback__ is not None)
