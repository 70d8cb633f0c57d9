# weakref.finalize: called once (on death, by hand, or at exit);
# detach/peek/alive; atexit=False finalizers are skipped at exit.
import weakref


class Conn:
    def __init__(self, name):
        self.name = name


def close(name, how="normally"):
    print("closing", name, how)
    return "closed " + name


c1 = Conn("c1")
f1 = weakref.finalize(c1, close, "c1")
print(f1.alive, f1.atexit, f1.peek()[1:] == (close, ("c1",), {}), f1.peek()[0] is c1)
del c1
print(f1.alive, f1(), f1.peek(), f1.detach())

c2 = Conn("c2")
f2 = weakref.finalize(c2, close, "c2", how="by hand")
print(f2(), f2(), f2.alive)
del c2
print("c2 gone")

c3 = Conn("c3")
f3 = weakref.finalize(c3, close, "c3")
obj, func, args, kwargs = f3.detach()
print(obj is c3, func is close, args, kwargs, f3.alive, f3.detach())
del c3, obj
print("c3 gone without finalizer")

# still alive at exit: run then, newest first; atexit=False is skipped
keep = [Conn("k%d" % i) for i in range(3)]
for k in keep:
    weakref.finalize(k, close, k.name, how="at exit")
skip = Conn("skip")
fs = weakref.finalize(skip, close, "skip")
fs.atexit = False
print(fs.atexit, fs.alive)

# a finalizer must not keep its object alive through func/args
class Owner:
    def __init__(self):
        self._fin = weakref.finalize(self, print, "owner finalized")
o = Owner()
del o
print("end of program")
