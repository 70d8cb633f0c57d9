# Callbacks run after __del__, newest reference first, and an exception
# in one is reported on stderr without stopping the others.
import sys
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


class Boom:
    def __call__(self, ref):
        print("Boom called")
        raise ValueError("callback failed")

    def __repr__(self):
        return "<Boom callback>"


def named(tag):
    def cb(ref):
        print("callback", tag, ref() is None)
    return cb


x = Res("x")
refs = [weakref.ref(x, named(i)) for i in range(3)]
plain = weakref.ref(x)
print("refs:", weakref.getweakrefcount(x))
del x
print("after x")

y = Res("y")
r1 = weakref.ref(y, named("first"))
r2 = weakref.ref(y, Boom())
r3 = weakref.ref(y, named("last"))
y = None
sys.stderr.flush()
print("after y")

# a reference that dies before its referent never calls back
z = Res("z")
r = weakref.ref(z, named("never"))
del r
del z

# the callback may drop the last reference to its own weakref
holder = {}
w = Res("w")
holder["r"] = weakref.ref(w, lambda ref: holder.clear() or print("cleared holder"))
del w
print(holder)
print("done")
