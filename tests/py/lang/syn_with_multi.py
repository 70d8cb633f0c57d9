# `with` with several items: order of enter/exit, `as` targets, and the
# parenthesised multi-line form.
from contextlib import contextmanager, ExitStack

events = []


class Res:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        events.append(f"enter {self.name}")
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        events.append(f"exit {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return self.suppress


def show(label):
    print(label, events)
    events.clear()


with Res("a") as a, Res("b") as b, Res("c"):
    events.append(f"body {a}{b}")
show("three:")

with (
    Res("x") as x,
    Res("y") as y,
):
    events.append(f"body {x}{y}")
show("parenthesised:")

try:
    with Res("p"), Res("q", fail_enter=True), Res("r"):
        events.append("body")
except OSError as e:
    events.append(f"caught {e}")
show("enter fails:")

try:
    with Res("outer"), Res("inner", suppress=True):
        raise KeyError("k")
    events.append("after with (suppressed)")
except KeyError:
    events.append("not reached")
show("suppressed by inner:")

try:
    with Res("s1", suppress=True), Res("s2"):
        raise ValueError("v")
except ValueError:
    events.append("not reached")
show("suppressed by outer:")

# Targets can be any assignment target.
box = {}
with Res("t") as box["key"], Res("u") as (first, *rest):
    pass
print(box, first, rest)
events.clear()


@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield name
    print(f"</{name}>", end="")


with tag("html"), tag("body"), tag("p") as p:
    print(p.upper(), end="")
print()

with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "lmn"]
    stack.callback(events.append, "callback ran")
    events.append(f"body {names}")
show("exitstack:")

# The value of `as` is __enter__'s result, not the context manager.
class Other:
    def __enter__(self):
        return 42

    def __exit__(self, *a):
        return None


with Other() as v, Other() as w:
    print(v + w)
