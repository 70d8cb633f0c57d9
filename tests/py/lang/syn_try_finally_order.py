# try/except/else/finally: execution order, return/break/continue inside
# finally, exception replacement, and nested handlers.

def trace(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("boom")
        if kind == "return":
            return log + ["returned from try"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for kind in ("ok", "raise", "return"):
    print(f"{kind:7}", trace(kind))


def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows_exception():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


def finally_sees_return_value():
    x = "first"
    try:
        return x
    finally:
        x = "changed"   # does not affect the value already being returned


print(finally_overrides_return(), finally_swallows_exception(), finally_sees_return_value())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out


print(loop_control())


def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return f"broke out at {i}, exception discarded"


print(break_in_finally())


def replaced():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return f"{e!r} context={e.__context__!r}"


print(replaced())


def handler_raises():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise LookupError("while handling")
        finally:
            print("  inner finally runs")
    except LookupError as e:
        return f"{e} (context {type(e.__context__).__name__})"


print(handler_raises())

# Exception variable is deleted after the except block.
try:
    raise OSError("gone")
except OSError as err:
    msg = str(err)
try:
    err
except NameError as e:
    print(msg, "/", e)

# Order of except clauses: first match wins; tuple of types.
for exc in (KeyError("k"), IndexError("i"), ZeroDivisionError("z"), OSError("o")):
    try:
        raise exc
    except LookupError as e:
        print("LookupError branch:", type(e).__name__)
    except (ArithmeticError, OSError) as e:
        print("tuple branch:", type(e).__name__)

# Generator finally on early exit of a for loop (explicit close).
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


gen = numbers()
for n in gen:
    break
gen.close()
print("done")
