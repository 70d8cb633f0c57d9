# Assignment expressions inside comprehensions bind in the enclosing scope.

data = [4, 7, 1, 9, 3]
total = 0
running = [total := total + v for v in data]
print(running, "final total:", total)

# Keep the last element that matched.
if any((hit := w).startswith("q") for w in ["apple", "quince", "queen"]):
    print("first q-word:", hit)


def f(x):
    return x * x - 10


results = [y for x in range(6) if (y := f(x)) > 0]
print(results, "y leaked as", y)


def in_function():
    values = [(last := n) * 2 for n in range(4)]
    return values, last


print(in_function())


def nested_scopes():
    found = None
    [[found := (i, j) for j in range(3) if i + j == 3] for i in range(3)]
    return found


print("nested:", nested_scopes())

# Walrus in a while loop and in a chained condition.
stack = [1, 2, 3, 4]
popped = []
while (item := stack.pop() if stack else None) is not None:
    popped.append(item)
print(popped)

text = "key=value"
if (pos := text.find("=")) != -1 and (key := text[:pos]):
    print(key, text[pos + 1:])

# A walrus in a comprehension is a SyntaxError in a class body (see below),
# so this one lives in a function.
def counts(words):
    seen = {}
    return [(w, c) for w in words if (c := seen.setdefault(w, 0) + 1) and not seen.update({w: c})], seen


print(counts(["a", "b", "a"]))

# Errors: rebinding the iteration variable is rejected at compile time.
for src in ["[i := 0 for i in range(3)]",
            "[x for x in (y := [1, 2])]",
            "def g():\n    return [(j := 1) for j in range(2)]",
            "class C:\n    v = [(k := n) for n in range(2)]",
            "def h():\n    return [(z := n) for n in range(2)], z"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# In a class body, a comprehension cannot see class attributes except the
# first iterable.
class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        prefixed = [p + n for n in names for p in names]
    except NameError as e:
        error = str(e)


print(Config.upper, Config.prefixed if hasattr(Config, "prefixed") else Config.error)
