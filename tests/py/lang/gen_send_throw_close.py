def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "handled " + str(e)
r = resilient()
print(next(r), r.throw(ValueError("boom")), next(r))
def gen():
    yield 1
g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
g2 = gen()
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
