class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_y"), hasattr(d, "nope"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
l = Logged()
l.a = 1
l.b = 2
del l.a
print(l.log, l.b, l.secret)
