# Several closures sharing one cell; cells for parameters and class bodies.

def bank_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("wd", amount))
        return balance

    def get():
        return balance, list(history)

    return deposit, withdraw, get


dep, wd, get = bank_account(100)
dep(50)
wd(30)
try:
    wd(500)
except ValueError as e:
    print("error:", e)
print(get())
print("shared cell:", dep.__closure__[0] is wd.__closure__[0])


def pair():
    value = None

    def setter(v):
        nonlocal value
        value = v

    def getter():
        return value

    return setter, getter


s1, g1 = pair()
s2, g2 = pair()
s1("one")
s2("two")
print(g1(), g2())


# A class body cannot see the enclosing function's later binding through
# its own namespace, but methods see the function's cells.
def make_class(tag):
    class Tagged:
        label = tag.upper()

        def show(self):
            return f"{tag}/{self.label}"

    tag = tag + "!"
    return Tagged


T = make_class("x")
print(T.label, T().show())


# Parameter that is also a cell.
def scale(factor):
    def apply(seq):
        return [factor * s for s in seq]
    factor = factor * 2
    return apply


print(scale(3)([1, 2, 3]))


# Recursive inner function via its own cell.
def countdown_list(n):
    def rec(k):
        return [] if k == 0 else [k] + rec(k - 1)
    return rec(n)


print(countdown_list(5))


# Closures in a dict dispatch, sharing state.
def machine():
    state = "idle"
    log = []

    def go(to):
        nonlocal state
        log.append(f"{state}->{to}")
        state = to

    ops = {"start": lambda: go("running"), "stop": lambda: go("idle"),
           "pause": lambda: go("paused")}
    return ops, log


ops, log = machine()
for cmd in ["start", "pause", "start", "stop"]:
    ops[cmd]()
print(log)
