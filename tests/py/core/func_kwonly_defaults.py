def f(a, *, b=2, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, c=3, b=20, d=40), f(c=0, a=-1))
def g(*args, sep=", ", end="."):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-"), g(end="!"), g("x", end=""))
def h(a, b=2, /, c=3, *, d=4, **rest):
    return a, b, c, d, rest
print(h(1), h(1, 5, 6, d=7, e=8), h(1, c=9), h(1, b=10))
print(f.__kwdefaults__, h.__defaults__)
