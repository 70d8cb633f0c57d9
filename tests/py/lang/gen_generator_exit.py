# GeneratorExit: close(), finally blocks, cleanup order and return on close.

log = []


def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}{i}"
    except GeneratorExit:
        log.append(f"{name} got GeneratorExit")
        raise
    finally:
        log.append(f"close {name}")


r = resource("a")
print(next(r), next(r))
r.close()
print(log)
log.clear()

# Finishing normally runs finally but not the except clause.
print(list(resource("b")))
print(log)
log.clear()

# close() on a generator that never started runs nothing.
fresh = resource("c")
fresh.close()
print("fresh close log:", log)


# Returning from the except GeneratorExit is allowed (close returns None).
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup then return")
        return "ignored value"


g = returns_on_close()
next(g)
print("close() ->", g.close())


# Raising a different exception inside close propagates it.
def raises_on_close():
    try:
        yield
    except GeneratorExit:
        raise ValueError("failed during close")


g = raises_on_close()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)

# GeneratorExit is a BaseException, not an Exception.
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))


def except_exception():
    try:
        yield "x"
    except Exception:
        print("not reached")
    finally:
        print("finally still runs")


g = except_exception()
next(g)
g.close()


# with-statement inside a generator: __exit__ sees GeneratorExit.
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return False


def uses_ctx():
    with Ctx():
        yield 1
        yield 2


g = uses_ctx()
next(g)
g.close()
for _ in uses_ctx():
    pass


# Nested generators closed via the outermost one.
def level(n):
    try:
        if n:
            yield from level(n - 1)
        else:
            yield "bottom"
    finally:
        print("unwinding level", n)


g = level(3)
print(next(g))
g.close()
