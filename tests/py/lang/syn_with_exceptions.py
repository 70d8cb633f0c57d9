# Exceptions in `with`: what __exit__ receives, suppression, exceptions in
# __exit__, return/break/continue through a with block, and error messages.
import contextlib


class Probe:
    def __init__(self, name, suppress=False, raise_in_exit=None):
        self.name = name
        self.suppress = suppress
        self.raise_in_exit = raise_in_exit

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        info = "none" if et is None else f"{et.__name__}({ev})"
        print(f"  {self.name}.__exit__ got {info}, tb is None: {tb is None}")
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.suppress


print("1. suppressed exception")
with Probe("p", suppress=True):
    1 / 0
print("  continued")

print("2. exception replaced in __exit__")
try:
    with Probe("q", raise_in_exit=RuntimeError("from exit")):
        raise KeyError("orig")
except RuntimeError as e:
    print("  caught", repr(e), "context", repr(e.__context__))

print("3. return inside with")


def early():
    with Probe("r"):
        return "returned"


print(" ", early())

print("4. break and continue")
for i in range(3):
    with Probe(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("  after loop, i =", i)

print("5. not a context manager")
for obj in (42, object()):
    try:
        with obj:
            pass
    except TypeError as e:
        print("  TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("  TypeError:", e)

print("6. truthy non-bool return suppresses")


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise ValueError
print("  suppressed by 'yes'")

print("7. contextlib helpers")
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("  suppress ok")


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback {e}")
    else:
        log.append("commit")
    finally:
        log.append("end")


for bad in (False, True):
    log = []
    with transaction(log):
        if bad:
            raise ValueError("oops")
        log.append("work")
    print(" ", log)

try:
    with transaction([]) as lg:
        raise TypeError("not handled")
except TypeError as e:
    print("  propagated:", e, lg)
