def double(x):
    return x * 2
def apply(f, v, times=1):
    for _ in range(times):
        v = f(v)
    return v
print(apply(double, 3), apply(double, 3, 4), apply(str, 5), apply(len, "abc"))
funcs = [double, abs, str, lambda v: -v]
for fn in funcs:
    print(fn(-4))
table = {"d": double}
print(table["d"](21), double.__name__, callable(double), callable(5))
alias = double
print(alias is double, alias(8))
def compose(f, g, x):
    return f(g(x))
print(compose(str, double, 5) + "!")
