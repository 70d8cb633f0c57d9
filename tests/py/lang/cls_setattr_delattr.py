# __setattr__ and __delattr__: read-only objects, change logs, validation.

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Frozen({inner})"

f = Frozen(a=1, b="two")
print(f, f.a)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(f)

class Tracked:
    def __init__(self):
        object.__setattr__(self, "changes", [])
        self.x = 0

    def __setattr__(self, name, value):
        self.changes.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.changes.append(("del", name))
        super().__delattr__(name)

t = Tracked()
t.x += 5
t.y = "new"
del t.y
setattr(t, "z", [1])
print(t.changes)
print(sorted(vars(t)))
try:
    del t.missing
except AttributeError as e:
    print("AttributeError:", e)

# __setattr__ also runs for properties and other descriptors.
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        object.__setattr__(self, name, value)

    @property
    def double(self):
        return self.age * 2

    @double.setter
    def double(self, v):
        self.age = v // 2

v = Validated()
v.age = 20
v.double = 50
print(v.age, v.double)
try:
    v.double = -4
except ValueError as e:
    print("ValueError:", e)

# Setting attributes on builtins and on object() instances fails.
for target in (object(), 5, "s", [1]):
    try:
        target.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)

try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)

try:
    int.new_attr = 5
except TypeError as e:
    print("TypeError:", e)

# __dict__ assignment replaces all attributes.
class Bag:
    pass

b = Bag()
b.one = 1
b.__dict__ = {"two": 2}
print(hasattr(b, "one"), b.two)
try:
    b.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
