def f(x):
    return x
def g(a, b, c=1):
    return a
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(y=1)
except TypeError as e:
    print(e)
try:
    f(1, x=2)
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)
def h():
    return 0
try:
    h(1)
except TypeError as e:
    print(e)
def k(a, *, b):
    return a
try:
    k(1)
except TypeError as e:
    print(e)
try:
    k(1, 2)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
