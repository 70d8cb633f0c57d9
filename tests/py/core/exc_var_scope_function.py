e = "global e"
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        msg = str(e)
    return msg
print(f(), e)
def g():
    err = None
    try:
        [][0]
    except IndexError as exc:
        err = exc
    return type(err).__name__, str(err)
print(g())
try:
    raise ValueError("module-level")
except ValueError as e:
    saved = e
print(repr(saved), "e" in globals())
