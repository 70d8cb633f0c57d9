# string.Formatter: format, vformat, parse and a subclass.
import string

f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name:>8}|{val:08.3f}", name="pi", val=3.14159))
print(f.vformat("{a}-{b}", (), {"a": "x", "b": "y"}))
print(f.format("{0[key]} {1.real} {0[n]!r}", {"key": "v", "n": "s"}, 5j))
print(list(f.parse("Hi {name}! {{literal}} {0:>4} {x!r:^5} end")))
print(list(f.parse("no fields")))
print(f.format("{:{width}.{prec}f}", 2.71828, width=10, prec=2))
print(f.format("{!s:>6}", [1]))

class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

df = DefaultFormatter()
print(df.format("{user} logged in from {host}", user="ann"))

class UpperFormatter(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(str(value).upper(), spec[:-1])
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

uf = UpperFormatter()
print(uf.format("{0:>8u}|{1!l}|{2:x}", "shout", "QUIET", 255))
try:
    f.format("{0} {1}", "only one")
except IndexError as e:
    print("IndexError", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError", e)

rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
line = "{:<8}{:>4} x {:>5.2f} = {:>6.2f}"
for name, qty, price in rows:
    print(f.format(line, name, qty, price, qty * price))
print(f.format("{0:*^20}", " total ") + f.format("{:.2f}", sum(q * p for _, q, p in rows)))
