# except*: every clause gets the part of the group it matches
import sys

def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("  Type/KeyError part:", repr(e))
    except* Exception as e:
        print("  the rest:", repr(e), repr(sys.exception()))
    print("  done")

for exc in [ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]),
            ExceptionGroup("eg", [ExceptionGroup("nested", [ValueError(1), OSError(2)]), TypeError(3)]),
            ValueError("naked"),
            OSError("naked os")]:
    print(repr(exc))
    run(exc)

# a naked exception is wrapped; the group has the exception's traceback
try:
    raise KeyError("k")
except* KeyError as e:
    print(type(e).__name__, repr(e.exceptions), e.__traceback__)

# a clause that matches nothing does not run
try:
    raise ExceptionGroup("g", [ValueError()])
except* TypeError:
    print("not run")
except* ValueError:
    print("ValueError clause")

# else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else runs")
finally:
    print("finally runs")

try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError:
    print("handled")
finally:
    print("finally after handling")

# loops inside an except* body may break and continue
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* ValueError as e:
    for x in e.exceptions:
        if x.args[0] == 1:
            continue
        print("loop", x)
        break

# the exception name is cleared after the clause
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as err:
    pass
print("err" in dir())

# inside a function, with the handled exception visible to sys.exc_info
def f():
    try:
        raise ExceptionGroup("g", [OSError("x")])
    except* OSError:
        return_value = sys.exc_info()[0].__name__
    return return_value
print(f())
