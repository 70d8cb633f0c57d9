def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2]
kw = {"c": 3, "z": 26}
print(f(*args), f(*args, **kw), f(*[1, 2, 3, 4, 5]), f(*"ab"), f(**{"a": 1, "b": 2}))
print(f(0, *args, 9), f(*args, *args), f(**{"a": 1}, **{"b": 2}), f(1, *(), b=5))
print(max(*[3, 9, 2]), print(*["x", "y"], sep="-"))
def g(x, y):
    return x - y
print(g(*(10, 3)), g(**{"y": 3, "x": 10}))
try:
    f(**{"a": 1, "b": 2}, a=5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**[1])
except TypeError as e:
    print("TypeError:", e)
