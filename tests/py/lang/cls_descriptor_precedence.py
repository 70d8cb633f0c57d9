# Data descriptors beat the instance dict; non-data descriptors lose to it.

class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data-descriptor"

    def __set__(self, obj, value):
        obj.__dict__["_stored"] = value

class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data-descriptor"

class SetOnly:
    # __set__ without __get__ is still a data descriptor for assignment,
    # but reading returns the descriptor itself from the class.
    def __set__(self, obj, value):
        obj.__dict__["set_only_value"] = value

class Thing:
    d = DataDesc()
    n = NonDataDesc()
    s = SetOnly()

t = Thing()
print(t.d, t.n)
t.__dict__["d"] = "instance-d"
t.__dict__["n"] = "instance-n"
print(t.d, t.n)
t.d = "assigned"
print(t.d, t.__dict__["_stored"], t.__dict__["d"])
t.n = "assigned-n"
print(t.n)
del t.n
print(t.n)

t.s = 5
print(type(t.s).__name__, t.__dict__["set_only_value"])
t.__dict__["s"] = "from-dict"
print(t.s)

# Access through the class calls __get__ with obj=None.
class Spy:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)

class Host:
    spy = Spy()

print(Host.spy)
print(Host().spy)

# Functions are non-data descriptors: instance attributes shadow them.
class M:
    def meth(self):
        return "method"

m = M()
print(M.__dict__["meth"].__get__(m, M)())
print(type(M.__dict__["meth"].__get__(None, M)).__name__)
m.meth = lambda: "instance function"
print(m.meth())

# A descriptor on the metaclass applies to class attribute access.
class Meta(type):
    @property
    def info(cls):
        return "meta-info for " + cls.__name__

class WithMeta(metaclass=Meta):
    info = "class-level info"

print(WithMeta.info)
print(WithMeta().info)

# Descriptor lookup uses the type, not the instance.
class Holder:
    pass

h = Holder()
h.desc = DataDesc()
print(type(h.desc).__name__)
Holder.desc2 = DataDesc()
print(h.desc2)

# Inherited descriptors and overriding in the subclass.
class Sub(Thing):
    d = "plain in subclass"

s = Sub()
print(s.d, s.n)
