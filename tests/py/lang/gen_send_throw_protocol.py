# The generator protocol: send, throw, close, and their edge cases.

def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                received.append(f"VE:{e}")
    finally:
        print("echo finally, received", received)


g = echo()
print(g.send(None))
print(g.send("a"))
print(g.throw(ValueError("bad")))
print(g.send("b"))
g.close()
print("close again is fine:", g.close())

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
g.close()


def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1


c = counter()
print([next(c), c.send(5), c.send(None), c.send("reset"), next(c)])


def catches_everything():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__)


g = catches_everything()
next(g)
g.throw(RuntimeError)
g.throw(IndexError("i"))

# throw with a class, an instance, and an exception that propagates out.
def fragile():
    yield 1
    yield 2


f = fragile()
next(f)
try:
    f.throw(ZeroDivisionError, ZeroDivisionError("boom"), None)
except ZeroDivisionError as e:
    print("propagated:", e)
print("after propagation:", next(f, "done"))

# throw into a fresh generator raises at once without running the body.
def never_runs():
    print("body ran!")
    yield


try:
    never_runs().throw(KeyError("fresh"))
except KeyError as e:
    print("fresh throw:", repr(e))

# Exhausted generator: send raises StopIteration, throw re-raises.
def one():
    yield 1


o = one()
list(o)
try:
    o.send(1)
except StopIteration:
    print("send to exhausted: StopIteration")
try:
    o.throw(ValueError("late"))
except ValueError as e:
    print("throw to exhausted:", e)

# A generator that yields in response to close() is an error.
def stubborn():
    try:
        yield
    except GeneratorExit:
        yield "no"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("then finishes:", next(s, "finished"))
