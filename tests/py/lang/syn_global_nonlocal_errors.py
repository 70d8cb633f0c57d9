# global and nonlocal: rebinding rules, UnboundLocalError, and the
# compile-time SyntaxErrors for misuse.

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump(); bump()
print("counter", counter)


def create_global():
    global made_here
    made_here = "created inside a function"


create_global()
print(made_here)


def shadow():
    counter = "local"
    return counter


print(shadow(), counter)


def unbound():
    try:
        print(counter)
        counter = 5   # makes counter local to the whole function
    except UnboundLocalError as e:
        return str(e)


print(unbound())


def outer():
    x = "outer"

    def reader():
        return x

    def writer():
        nonlocal x
        x = "written"

    def local_only():
        x = "local"
        return x

    local_only()
    before = reader()
    writer()
    return before, reader()


print(outer())


def nested_global():
    y = "enclosing"

    def inner():
        global y
        y = "module"
        return y

    inner()
    return y


print(nested_global(), y)

snippets = {
    "nonlocal at module": "nonlocal q",
    "nonlocal without binding": "def f():\n    nonlocal q\n",
    "nonlocal to global": "g = 1\ndef f():\n    global g\n    def h():\n        nonlocal g\n",
    "used before global": "def f():\n    print(q)\n    global q\n",
    "assigned before global": "def f():\n    q = 1\n    global q\n",
    "param declared global": "def f(q):\n    global q\n",
    "param declared nonlocal": "def f():\n    def g(q):\n        nonlocal q\n",
    "both nonlocal and global": "def f():\n    q = 1\n    def g():\n        global q\n        nonlocal q\n",
    "assigned before nonlocal": "def f():\n    q = 1\n    def g():\n        q = 2\n        nonlocal q\n",
    "nonlocal in class": "class C:\n    nonlocal q\n",
}
for label, src in snippets.items():
    try:
        compile(src, "<snippet>", "exec")
        print(f"{label}: compiled")
    except SyntaxError as e:
        print(f"{label}: SyntaxError: {e.msg} (line {e.lineno})")

# global in a class body and a comprehension in a function reading globals.
class Holder:
    global counter
    counter = 100


print(counter, [counter + i for i in range(2)])


def del_global():
    global made_here
    del made_here


del_global()
try:
    made_here
except NameError as e:
    print(e)


def free_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1


free_unbound()
