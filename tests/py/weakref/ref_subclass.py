# Subclasses of weakref.ref carry their own data and callbacks;
# __slots__ decide whether instances accept weak references.
import weakref


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag, callback=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, tag, callback=None):
        super().__init__(ob, callback)


class Obj:
    pass


o = Obj()
t1 = Tagged(o, "first")
t2 = Tagged(o, "second", lambda r: print("callback for", r.tag))
print(t1() is o, t1.tag, t2.tag, t1 is not t2, t1 == t2, type(t1).__name__)
print(weakref.getweakrefcount(o), sorted(r.tag for r in weakref.getweakrefs(o)))
r = weakref.ref(o)
print(weakref.getweakrefs(o)[0] is r, r == t1)
del o
print(t1(), t2.tag)


class WithDict(weakref.ref):
    pass


o2 = Obj()
w = WithDict(o2)
w.note = "hi"
print(w.note, w() is o2, isinstance(w, weakref.ref))
del o2
print(w(), w.note)

class Base:
    __slots__ = ()
class Child(Base):
    __slots__ = ("__weakref__", "v")
c = Child()
rc = weakref.ref(c)
print(rc() is c, c.__weakref__ is rc)
try:
    weakref.ref(Base())
except TypeError as e:
    print("TypeError:", e)
