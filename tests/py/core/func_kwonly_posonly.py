def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
try:
    f(1, b=2, c=3, d=4)
except TypeError as ex:
    print("TypeError:", ex)
try:
    f(1, 2, 3, 4)
except TypeError as ex:
    print("TypeError:", ex)
try:
    f(1, 2, 3)
except TypeError as ex:
    print("TypeError:", ex)
def g(*, key):
    return key
print(g(key="k"))
try:
    g("k")
except TypeError as ex:
    print("TypeError:", ex)
def h(x, /, **kw):
    return x, kw
print(h(1, x=2))
