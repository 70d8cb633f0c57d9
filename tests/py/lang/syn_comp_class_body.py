# Class-body scoping: comprehensions, lambdas and methods do not see class
# attributes by bare name; the first iterable is the exception.

class Palette:
    base = ["red", "green", "blue"]
    shades = ("light", "dark")
    upper = [c.upper() for c in base]
    lengths = {c: len(c) for c in base}
    first_iter_ok = [s for s in shades]
    try:
        combos = [f"{s}-{c}" for s in shades for c in base]
    except NameError as e:
        combo_error = str(e)
    size = len(base)
    try:
        scaled = [size * i for i in range(3)]
    except NameError as e:
        scaled_error = str(e)
    getter = lambda self: self.base[0]

    def method(self):
        try:
            return base
        except NameError as e:
            return f"method: {e}"

    def method_ok(self):
        return Palette.base[-1] + "/" + type(self).shades[0]


p = Palette()
print(Palette.upper)
print(sorted(Palette.lengths.items()))
print(Palette.first_iter_ok)
print(Palette.combo_error)
print(Palette.scaled_error)
print(p.getter(), p.method(), p.method_ok())

# Names from the enclosing function are visible in comprehensions and
# methods of a class defined inside that function.
def factory(prefix):
    class Named:
        items = ["a", "b"]
        tagged = [prefix + i for i in items]

        def tag(self, s):
            return prefix + s

    return Named


N = factory("x_")
print(N.tagged, N().tag("z"))

# A class attribute shadows a global only within the class body itself.
value = "global"


class Shadow:
    value = "class"
    seen_in_body = value
    seen_in_comp = [value for _ in range(1)]

    def seen_in_method(self):
        return value


print(Shadow.seen_in_body, Shadow.seen_in_comp, Shadow().seen_in_method())


# Class bodies and nonlocal/free variables with the same name.
def outer():
    value = "enclosing"

    class Inner:
        a = value          # free variable from outer
        value = "class"    # now a class attribute
        b = value

        def m(self):
            return value   # still the enclosing function's

    return Inner


I = outer()
print(I.a, I.b, I().m())

# __class__ cell and super() inside comprehensions in methods.
class Base:
    def names(self):
        return ["base"]


class Child(Base):
    def names(self):
        return [n.upper() for n in super().names()] + [__class__.__name__]


print(Child().names())
print(sorted(k for k in vars(Palette) if not k.startswith("__")))
