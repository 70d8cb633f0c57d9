from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name
    finally:
        print("</" + name + ">")
with tag("div") as t:
    with tag("span"):
        print("content in", t)
with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught in cm:", e)
with catcher():
    raise ValueError("inner")
print("after catcher")
with ExitStack() as stack:
    for n in ["one", "two"]:
        stack.enter_context(tag(n))
    print("stack body")
