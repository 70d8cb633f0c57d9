def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(2)
    yield from "ab"
g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
