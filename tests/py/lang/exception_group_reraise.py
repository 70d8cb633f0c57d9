# what leaves a try/except*: the unhandled rest, re-raised and new exceptions
def leak(exc, *types):
    try:
        try:
            raise exc
        except* ValueError:
            print("  handled ValueError")
    except BaseException as e:
        return e
    return None

r = leak(ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])]))
print(repr(r))
print(repr(leak(ExceptionGroup("eg", [ValueError(1)]))))
print(repr(leak(TypeError("naked"))))

# the unhandled rest keeps the original group's traceback
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), OSError(2)])
    except* ValueError:
        pass
except ExceptionGroup as e:
    print(repr(e), e.__traceback__.tb_lineno)

# a bare raise re-raises the matched part in its place in the tree
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), ExceptionGroup("in", [OSError(2), TypeError(3)])])
    except* OSError:
        raise
    except* TypeError:
        print("TypeError handled")
except ExceptionGroup as e:
    print("re-raised:", repr(e))

# raising in a clause: new exceptions and the rest go in a new group
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), OSError(2)])
    except* ValueError as e:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print(repr(e), repr(e.message))
    inner = e.exceptions[0]
    print(repr(inner), repr(inner.__context__))

# raising in two clauses
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("k")
    except* OSError:
        raise IndexError("i")
except ExceptionGroup as e:
    print(repr(e))

# a naked exception re-raised from except* leaves as its wrapping group
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except BaseException as e:
    print("naked again:", repr(e))

# a naked exception replaced by a new one in the clause
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")
except BaseException as e:
    print(repr(e), repr(e.__context__))

# BaseExceptions group too
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("value part")
except BaseExceptionGroup as e:
    print(repr(e))
