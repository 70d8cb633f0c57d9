# Late binding of closure variables created in loops, and the usual fixes.
import functools

funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print("late:", [f() for f in funcs])

funcs = [lambda i=i: i * 10 for i in range(4)]
print("default arg:", [f() for f in funcs])

funcs = [functools.partial(lambda k: k * 10, i) for i in range(4)]
print("partial:", [f() for f in funcs])


def make(i):
    return lambda: i * 10


print("factory:", [make(i)() for i in range(4)])

# The comprehension variable is also late-bound: all share one cell.
lams = [lambda: n for n in "abc"]
print("comp late:", [f() for f in lams])

# A loop variable rebound after the closures were made.
handlers = {}
for name in ("open", "close", "save"):
    def handler(event=None):
        return f"{name}:{event}"
    handlers[name] = handler
name = "changed"
print(sorted(h("e") for h in handlers.values()))


def build():
    acts = []
    for x in range(3):
        def act():
            return x
        acts.append(act)
    x = 99
    return acts


print("rebind after loop:", [a() for a in build()])


def while_loop():
    out = []
    j = 0
    while j < 3:
        out.append(lambda: j)
        j += 1
    return [f() for f in out]


print("while:", while_loop())

# Generator expressions bind the first iterable eagerly, the rest lazily.
data = [1, 2, 3]
data2 = [10]
g = (x * y for x in data for y in data2)
data = [100]
data2 = [1, 2]
print("genexp:", list(g))

# Closures over a variable deleted later.
def deleted():
    v = 5
    f = lambda: v
    del v
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)


deleted()
