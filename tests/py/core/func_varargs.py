def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()))
def g(a, b=2, *rest):
    return a, b, rest
print(g(1), g(1, 3), g(1, 3, 5, 7))
def h(**kw):
    return kw
print(h(), h(x=1, y=2))
def k(a, *args, **kwargs):
    return a, args, kwargs
print(k(1, 2, 3, z=4, w=5))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)))
