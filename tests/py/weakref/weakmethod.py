# WeakMethod: a weak reference to a bound method, dead when the instance
# dies (a plain ref to a bound method would die at once).
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def click(self, n=1):
        return "%s clicked %d" % (self.label, n)


b = Button("ok")
plain = weakref.ref(b.click)
print(plain())
wm = weakref.WeakMethod(b.click)
m = wm()
print(m(), m(3), m == b.click, m.__self__ is b)
del m
print(wm() is not None, wm == weakref.WeakMethod(b.click), wm != weakref.WeakMethod(b.click))
print(hash(wm) == hash(weakref.WeakMethod(b.click)), isinstance(wm, weakref.ref))

events = []
wm2 = weakref.WeakMethod(b.click, lambda r: events.append(r is wm2))
del b
print(wm(), wm2(), events)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)


# callbacks registry: handlers disappear with their owners
class Bus:
    def __init__(self):
        self.handlers = []

    def subscribe(self, meth):
        self.handlers.append(weakref.WeakMethod(meth, self.handlers.remove))

    def publish(self, *args):
        return [h()(*args) for h in self.handlers]


bus = Bus()
x, y = Button("x"), Button("y")
bus.subscribe(x.click)
bus.subscribe(y.click)
print(bus.publish(2))
del x
print(bus.publish(5), len(bus.handlers))
