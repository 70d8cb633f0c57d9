# Zero-argument super(): cooperative __init__ with keyword arguments,
# chains through several levels, and super() in dunder methods.

class Shape:
    def __init__(self, *, name="shape", **kwargs):
        self.name = name
        super().__init__(**kwargs)

    def describe(self):
        return f"{self.name}"

class Colored:
    def __init__(self, *, color="black", **kwargs):
        self.color = color
        super().__init__(**kwargs)

    def describe(self):
        return f"{self.color} " + super().describe()

class Sized:
    def __init__(self, *, size=1, **kwargs):
        self.size = size
        super().__init__(**kwargs)

    def describe(self):
        return f"size-{self.size} " + super().describe()

class Widget(Sized, Colored, Shape):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def describe(self):
        return "widget: " + super().describe()

w = Widget(name="knob", color="red", size=3)
print(w.describe())
print(vars(w) == {"size": 3, "color": "red", "name": "knob"})
print(Widget().describe())

try:
    Widget(weight=5)
except TypeError as e:
    print("TypeError:", e)

# super() in __repr__, __eq__ and __len__ overrides.
class Tagged(list):
    def __init__(self, tag, items):
        super().__init__(items)
        self.tag = tag

    def __repr__(self):
        return f"{self.tag}:{super().__repr__()}"

    def __len__(self):
        return super().__len__() * 10

    def append(self, x):
        super().append(x * 2)

t = Tagged("nums", [1, 2])
t.append(5)
print(repr(t), len(t), list(t))

# super() works from a method defined in a nested class.
class Outer:
    class Inner(dict):
        def __setitem__(self, key, value):
            super().__setitem__(key.upper(), value)

d = Outer.Inner()
d["a"] = 1
d["bc"] = 2
print(sorted(d.items()))

# super() object introspection.
class P:
    def f(self):
        return "P.f"

class Q(P):
    def f(self):
        s = super()
        return s.f(), s.__thisclass__.__name__, type(s.__self__).__name__

print(Q().f())
