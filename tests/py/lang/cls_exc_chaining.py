# raise ... from ..., implicit chaining, __cause__, __context__,
# __suppress_context__ and with_traceback.

class StorageError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise StorageError(f"no key {key}") from e

try:
    load("b")
except StorageError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

# Implicit chaining: an error while handling another.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

# from None hides the context.
try:
    try:
        [][0]
    except IndexError:
        raise StorageError("hidden") from None
except StorageError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# Chains can be walked.
def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(out)

try:
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            raise ValueError("v") from e
    except ValueError:
        raise RuntimeError("r")
except RuntimeError as e:
    print(chain(e))

# from accepts a class (instantiated) or an instance; other things fail.
try:
    raise StorageError("s") from KeyError
except StorageError as e:
    print(repr(e.__cause__))

try:
    raise StorageError("s") from 5
except TypeError as e:
    print("TypeError:", e)

# __cause__ can be set by hand; setting it sets __suppress_context__.
e = StorageError("manual")
e.__cause__ = OSError("disk")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "nope"
except TypeError as err:
    print("TypeError:", err)

# Re-raising the same exception does not chain it to itself.
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)

# __traceback__ and with_traceback.
def thrower():
    raise StorageError("tb")

try:
    thrower()
except StorageError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        last = tb
        tb = tb.tb_next
    print("traceback depth", depth, last.tb_lineno)
    new = RuntimeError("copy").with_traceback(e.__traceback__)
    print(new.__traceback__ is e.__traceback__)

# The context of an exception raised in a finally block.
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__))
