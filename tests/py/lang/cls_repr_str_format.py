# __repr__, __str__ and __format__.

class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        return format(self.amount, spec) + " " + self.currency

m = Money(12.5)
print(m)
print(repr(m))
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:>10.3f}")
print("{0} {0!r} {0:short}".format(m))
print(format(m), format(m, "short"))
print([m], (m,), {"k": m})
print(str([m]))

# Only __repr__: str() falls back to it.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))

# Only __str__: repr() uses the default, containers use repr.
class OnlyStr:
    def __str__(self):
        return "only-str"

o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at"))

# object.__format__ rejects a non-empty spec.
try:
    format(OnlyRepr(), "10")
except TypeError as e:
    print("TypeError:", e)

# __repr__ must return str.
class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

class BadStr:
    def __str__(self):
        return None

try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

class BadFormat:
    def __format__(self, spec):
        return 1

try:
    format(BadFormat(), "x")
except TypeError as e:
    print("TypeError:", e)

# Subclasses of builtins inherit their __format__.
class Pct(float):
    def __str__(self):
        return f"{self * 100:.1f}%"

x = Pct(0.256)
print(x, f"{x}", f"{x:.2f}", repr(x))

# Recursive reprs of containers holding custom objects.
class Node:
    def __init__(self, name, children=()):
        self.name, self.children = name, list(children)

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"

print(Node("root", [Node("a"), Node("b", [Node("c")])]))
