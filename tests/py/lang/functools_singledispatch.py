from functools import singledispatch, wraps, partial, reduce
@singledispatch
def describe(x):
    return "object " + repr(x)
@describe.register
def _(x: int):
    return "int " + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
@describe.register
def _(x: str):
    return "str " + x.upper()
print(describe(5), describe([1, 2]), describe("abc"), describe(2.5), describe(True))
print(reduce(lambda acc, f: f(acc), [partial(pow, 2), str, len], 100))
