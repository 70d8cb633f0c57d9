class P:
    @property
    def broken(self):
        return self.missing_attr
    @property
    def raises_key(self):
        raise KeyError("inside property")
p = P()
try:
    p.broken
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.raises_key
except KeyError as e:
    print("KeyError:", e)
print(getattr(p, "broken", "default used"), hasattr(p, "broken"))
try:
    del p.broken
except AttributeError as e:
    print("AttributeError:", e)
class RO:
    __slots__ = ()
    @property
    def value(self):
        return 1
try:
    RO().value = 2
except AttributeError as e:
    print("AttributeError:", e)
