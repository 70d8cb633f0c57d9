# Generator-based coroutines pushing data through a pipeline: a priming
# decorator, filters, broadcast, and close() propagating to the sinks.
import functools


def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        target.close()


@coroutine
def transform(func, target):
    try:
        while True:
            target.send(func((yield)))
    finally:
        target.close()


@coroutine
def broadcast(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


@coroutine
def collect(name, store):
    items = store.setdefault(name, [])
    try:
        while True:
            items.append((yield))
    except GeneratorExit:
        items.append("<closed>")


@coroutine
def counter(store):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        store["count"] = n


store = {}
sink = broadcast(
    grep("error", transform(str.upper, collect("errors", store))),
    grep("user", collect("users", store)),
    counter(store),
)
lines = [
    "user ann logged in",
    "disk error on sda",
    "user bob error: bad password",
    "nothing here",
    "network error",
]
for line in lines:
    sink.send(line)
sink.close()
for key in sorted(store):
    print(key, store[key])


# A coroutine that returns a value when closed via a sentinel.
@coroutine
def summarise():
    total = count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return {"count": count, "total": total}


s = summarise()
for v in (3, 4, 5):
    s.send(v)
try:
    s.send(None)
except StopIteration as e:
    print("summary:", e.value)


# A stateful tokenizer coroutine with throw() to reset it.
class Reset(Exception):
    pass


@coroutine
def tokenizer(out):
    buf = ""
    while True:
        try:
            ch = yield
            if ch.isspace():
                if buf:
                    out.append(buf)
                buf = ""
            else:
                buf += ch
        except Reset:
            buf = ""
            out.append("<reset>")


words = []
t = tokenizer(words)
for ch in "ab cd ef":
    t.send(ch)
t.throw(Reset)
for ch in "gh ":
    t.send(ch)
print(words)
print(grep.__name__, grep.__wrapped__.__name__)
