# contextlib.ExitStack: dynamic numbers of managers, callbacks, pop_all.
from contextlib import ExitStack, contextmanager

@contextmanager
def opened(name, log):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")

log = []
with ExitStack() as stack:
    files = [stack.enter_context(opened(n, log)) for n in ("a", "b", "c")]
    log.append(f"using {files}")
print(log)

log = []
with ExitStack() as stack:
    stack.callback(log.append, "cb1")
    stack.callback(lambda: log.append("cb2"))
    @stack.callback
    def cleanup():
        log.append("decorated cb")
    log.append("body")
print(log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(opened("x", log))
        stack.enter_context(opened("y", log))
        raise KeyError("mid")
except KeyError as e:
    log.append(f"caught {e}")
print(log)

class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("suppressor sees", exc[0].__name__ if exc[0] else None)
        return True
with ExitStack() as stack:
    stack.enter_context(Suppressor())
    raise ValueError("hidden")
print("suppressed through stack")

log = []
def acquire_all(names):
    with ExitStack() as stack:
        for n in names:
            stack.enter_context(opened(n, log))
        return stack.pop_all()
held = acquire_all(["r1", "r2"])
log.append("held")
held.close()
print(log)

log = []
stack = ExitStack()
stack.push(lambda *exc: log.append(("push", exc[0])))
stack.enter_context(opened("p", log))
stack.close()
print(log)

class Conn:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("connect", self.n)
        return self
    def __exit__(self, t, v, tb):
        print("disconnect", self.n, t.__name__ if t else "ok")
        return False
try:
    with ExitStack() as stack:
        conns = [stack.enter_context(Conn(i)) for i in range(3)]
        print("work with", len(conns))
        conns[1].n / 0
except ZeroDivisionError as e:
    print("error", e)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)
