# str.format / format_map / f-strings reaching into user objects:
# attribute and item access in replacement fields, nested specs passed
# to __format__, and format_map with a __missing__ mapping.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        body = spec[:-1] if spec[-1:] in ("C", "F") else spec
        value = self.celsius if unit == "C" else self.celsius * 9 / 5 + 32
        return format(value, body or ".1f") + "°" + unit

t = Temperature(21.5)
width, prec = 8, 2
print(f"{t}|{t:F}|{t:.0fC}|{t:{width}.{prec}fF}|")
print("{0:.3fF} and {0}".format(t), format(t, "5.1fC"))

class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __getitem__(self, key):
        return f"item<{key}>"

r = Record(name="ann", tags=["x", "y"], meta={"k": "v"})
print("{0.name} {0.tags[1]} {0.meta[k]} {0[anything]} {0[3]}".format(r))
print("{r.name!r:>8}|{r.tags!s}".format(r=r))
try:
    "{0.missing}".format(r)
except AttributeError as e:
    print("AttributeError:", e)

class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"

print("{who} owes {amount:>6.2f} to {whom}".format_map(Defaults(who="bob", amount=12.5)))

# __format__ receives the spec after conversion-free fields only.
class Echo:
    def __format__(self, spec):
        return f"[{spec}]"

e = Echo()
print(f"{e:abc}", f"{e}", "{:x<5}".format(e), f"{e!r:>3}"[:3] == "<__", format(e, "%Y"))

# A __format__ that raises propagates its error.
class Strict:
    def __format__(self, spec):
        if spec:
            raise ValueError(f"Strict does not take {spec!r}")
        return "strict"

print(f"{Strict()}")
try:
    f"{Strict():05}"
except ValueError as err:
    print("ValueError:", err)

# Objects used as format() arguments of builtin types' specs.
class Num:
    def __index__(self):
        return 255

    def __format__(self, spec):
        return format(int(self.__index__()), spec)

print(f"{Num():#x} {Num():b} {Num():>6}", "%x" % Num(), "%d" % Num())
