def f(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(f(*range(10)))
print(f(j=1, i=2, h=3, g=4, f=5, e=6, d=7, c=8, b=9, a=10))
def g(*args, **kwargs):
    return len(args), sorted(kwargs)
print(g(*range(300), **{"z": 1, "a": 2}))
print(g(*range(1000))[0])
