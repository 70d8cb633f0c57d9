# Error messages for unsupported operators on user classes.

class A:
    pass

class B:
    pass

a, b = A(), B()
binary = [
    ("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
    ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
    ("**", lambda x, y: x ** y), ("@", lambda x, y: x @ y), ("<<", lambda x, y: x << y),
    (">>", lambda x, y: x >> y), ("&", lambda x, y: x & y), ("|", lambda x, y: x | y),
    ("^", lambda x, y: x ^ y), ("divmod", divmod),
]
for name, fn in binary:
    try:
        fn(a, b)
    except TypeError as e:
        print(f"{name:7} TypeError: {e}")

for name, fn in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        fn(a)
    except TypeError as e:
        print(f"{name:7} TypeError: {e}")

# Mixed with builtins, in both orders.
for left, right in [(a, 1), (1, a), ("s", a), (a, None), ([], a)]:
    try:
        left + right
    except TypeError as e:
        print("TypeError:", e)

try:
    pow(a, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# In-place forms name the augmented operator.
x = A()
for op in ("+=", "-=", "*=", "|=", "<<=", "@="):
    try:
        exec(f"x {op} b")
    except TypeError as e:
        print("TypeError:", e)

# A method returning NotImplemented still gives the standard message.
class Partial:
    def __add__(self, other):
        if isinstance(other, int):
            return "ok"
        return NotImplemented

    def __mul__(self, other):
        raise TypeError("custom message from __mul__")

print(Partial() + 1)
try:
    Partial() + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Partial() * 2
except TypeError as e:
    print("TypeError:", e)

# Subclass names appear in the message, and qualnames are not used.
class Outer:
    class Inner:
        pass

try:
    Outer.Inner() - 1
except TypeError as e:
    print("TypeError:", e)

# Comparisons and containment.
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    1 in a
except TypeError as e:
    print("TypeError:", e)
try:
    a[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a()
except TypeError as e:
    print("TypeError:", e)
