# f-string conversions (!r !s !a), the `=` debugging specifier, nested
# quotes, escaped braces, and __format__ on user classes.
import datetime


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents / 100:.2f}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}$"
        return format(str(self), spec)


m = Money(12345)
print(f"{m} {m!r} {m!s} {m:short} {m:>12} {m!r:>14}")
name = "Zoë"
print(f"{name!r} {name!a} {name!s}")
print(f"{chr(39)!r} {chr(34)!r} {'naïve café'!a} {'tab	here'!r}")

x, y = 3, 7
items = ["a", "b"]
print(f"{x=}, {y = }, {x + y=}, {items[0]=}, {len(items)=}")
print(f"{x=:>5}|{y=!s}|{m=}|{m=!s}|{name=!a}")
print(f"{3.14159=:.2f} {x*y = :#x}")

print(f"{{literal}} {{{x}}} {'{'}{y}{'}'}")
print(f"{'nested ' + f'{x:03}'} and {f'{y!r:>4}'}")
print(f'{"double" + "quotes"} {dict(a=1)["a"]}')
print(f"{(lambda v: v * 2)(21)} {[i for i in range(3)]} {x if x > y else y}")
print(f"""{'multi'
        'line'} {x:{'>' if x > 1 else '<'}{y}}""")

d = datetime.date(2024, 2, 29)
t = datetime.datetime(2023, 12, 31, 23, 59, 7, 1500)
print(f"{d} {d:%Y/%m/%d} {d:%A %d %B %Y} {d!r}")
print(f"{t:%H:%M:%S.%f} {t:%j} {t.isoformat()} {t=}")
print(f"{datetime.timedelta(days=1, seconds=3661)} {d - datetime.date(2024, 1, 1)}")
print(f"{datetime.time(7, 5):%H.%M} {datetime.time(23, 59, 1)} {datetime.time(9, 30):}|")

# Conversions apply before the format spec.
print(f"{'abc'!r:^9}|{42!s:>5}|{3.0!r:<6}|")


class Weird:
    def __format__(self, spec):
        return f"<spec {spec!r}>"


w = Weird()
print(f"{w} {w:} {w:abc} {w:{x}{y}} {format(w, 'z')}")

try:
    f"{Money(1):bad}"
except ValueError as e:
    print("ValueError:", e)


class NoFormat:
    pass


try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
print(f"{NoFormat.__name__!s:*^15}")
