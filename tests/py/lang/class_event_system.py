class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]
bus = Emitter()
@bus.on("greet")
def hello(name):
    return "hello " + name
@bus.on("greet")
def hi(name):
    return "hi " + name
@bus.on("sum")
def total(*nums):
    return sum(nums)
print(bus.emit("greet", "ann"), bus.emit("sum", 1, 2, 3), bus.emit("none"))
