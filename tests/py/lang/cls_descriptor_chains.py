# Descriptors wrapping descriptors and other corners: classmethod over
# property (3.9-3.12), properties created outside a class body, super()
# inside generator methods, and result conversions of comparison and
# container hooks.

class Model:
    table_prefix = "tbl_"

    @classmethod
    @property
    def table(cls):
        return cls.table_prefix + cls.__name__.lower()

class User(Model):
    pass

print(Model.table, User.table, User().table)

# classmethod over staticmethod and over a plain callable object.
class Tools:
    @classmethod
    @staticmethod
    def plain():
        return "static inside classmethod"

print(Tools.plain())

# A property made outside a class has no name until __set_name__ runs.
orphan = property(lambda self: "value")

class Late:
    pass

Late.attr = orphan
print(Late().attr)
for action in ("set", "delete"):
    try:
        if action == "set":
            Late().attr = 1
        else:
            del Late().attr
    except AttributeError as e:
        print("AttributeError:", e)

class Named:
    attr = property(lambda self: "named")

try:
    Named().attr = 1
except AttributeError as e:
    print("AttributeError:", e)

# super() works inside generator methods (the frame keeps __class__).
class Base:
    def items(self):
        return ["base"]

class Derived(Base):
    def items(self):
        yield "derived"
        yield from super().items()

print(list(Derived().items()))

# Results of __contains__, __eq__, __ne__ are converted or passed through.
class Bag:
    def __contains__(self, x):
        return "truthy string"

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom ne"

b = Bag()
print(1 in b, 1 not in b, b == 5, b != 5, not (b != 5))

# __eq__ returning NotImplemented on both sides falls back to identity.
class Shy:
    def __eq__(self, other):
        return NotImplemented

s = Shy()
print(s == s, s == Shy(), s != Shy())

# __len__ that does not fit in an index.
class Huge:
    def __len__(self):
        return 2 ** 70

for fn in (len, bool):
    try:
        fn(Huge())
    except OverflowError as e:
        print(fn.__name__, "OverflowError:", e)

# Deleting a method from a base class is seen through super().
class P1:
    def f(self):
        return 1

class P2(P1):
    def f(self):
        return super().f() + 1

print(P2().f())
del P1.f
try:
    P2().f()
except AttributeError as e:
    print("AttributeError:", e)
