# str.format: positional/keyword/auto fields, attribute and index access,
# conversions, nested specs, format_map, and error messages.

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


p = P(3, -4)
print("{} {} {}".format("a", 1, 2.5))
print("{1} {0} {1}".format("first", "second"))
print("{name} is {age} years".format(name="Ada", age=36))
print("{0.x},{0.y} {0!r} {0!s:>10}".format(p))
print("{d[key]} {d[2]} {l[1]}".format(d={"key": "v", 2: "two"}, l=[10, 20, 30]))
try:
    "{l[-1]}".format(l=[1])
except TypeError as e:
    print("TypeError:", e)
print("{:{}{}{}}".format(3.14159, ">", 10, ".3f"))
print("{0:{fill}{align}{width}}|".format("ok", fill="~", align="^", width=8))
print("{:,} {:_b} {:#o} {:e} {:.3%}".format(10 ** 9, 1023, 8, 12345.678, 0.98765))
print("{!r:>8} {!a} {!s:.2}".format("r", "ä", "strip"))
print("{{}} {{{}}} {{0}}".format("in"))
print("{0[0]}{0[1]}{1[x]}".format("ab", {"x": "!"}))

values = {"user": "kim", "n": 3}
print("{user} has {n} new message{s}".format_map({**values, "s": "s" if values["n"] != 1 else ""}))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("{a} and {b}".format_map(Default(a="A")))

table = [("Name", "Qty", "Price"), ("tea", 2, 3.5), ("coffee", 10, 12.25)]
for row in table:
    if row[0] == "Name":
        print("{:<8}{:>5}{:>9}".format(*row))
    else:
        print("{:<8}{:>5d}{:>9.2f}".format(*row))

errors = [
    ("{} {}", ("one",), {}),
    ("{0} {}", ("a", "b"), {}),
    ("{} {1}", ("a", "b"), {}),
    ("{missing}", (), {}),
    ("{0.nope}", (p,), {}),
    ("{0[5]}", ([1],), {}),
    ("{:d}", ("s",), {}),
    ("{!x}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{:>{}}", ("a",), {}),
    ("{0:{1}}", (1, "%%"), {}),
    ("{!}", (1,), {}),
    ("{!", (1,), {}),
    ("{0!r", (1,), {}),
    ("{0", (1,), {}),
    ("{a{}", (), {"a": 1}),
    ("{:", (1,), {}),
]
for fmt, args, kwargs in errors:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(f"{fmt!r:12} -> {type(e).__name__}: {e}")

# format() builtin and __format__ of builtins.
print(format(255, "#06x"), format(0.1, ".20f"), format("s", "^5"), format(12))
print(format(1e100, ".3g"), format(123.456, "010.1f"), format(-5, "05"))
print(int.__format__(42, "b"), float.__format__(2.5, "+"), str.__format__("x", ""))
