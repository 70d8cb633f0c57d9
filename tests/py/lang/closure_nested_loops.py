def grid_funcs():
    out = {}
    for r in range(2):
        for c in range(2):
            def f(r=r, c=c):
                return (r, c)
            out[(r, c)] = f
    return out
print({k: f() for k, f in grid_funcs().items()})
def counter_pairs():
    fns = []
    for name in ["a", "b"]:
        count = 0
        def bump(name=name):
            nonlocal count
            count += 1
            return name + str(count)
        fns.append(bump)
    return fns
f1, f2 = counter_pairs()
print(f1(), f1(), f2(), f1())
def outer():
    v = 1
    def level1():
        def level2():
            def level3():
                nonlocal v
                v += 100
                return v
            return level3()
        return level2()
    return level1(), v
print(outer())
