# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout.
import contextlib
import io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError):
    {}["k"]
print("after swallow")

@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)

@tag("decorated")
def body():
    print("in body")
body()

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.suppress():
    pass

class Resource:
    def close(self):
        print("closed resource")
with contextlib.closing(Resource()) as r:
    print("using", type(r).__name__)

with contextlib.nullcontext(42) as v:
    print("null", v)
with contextlib.nullcontext() as v:
    print("null", v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
err = io.StringIO()
import sys
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
