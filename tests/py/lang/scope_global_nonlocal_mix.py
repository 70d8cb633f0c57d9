g = 0
def outer():
    n = 0
    def inc_both():
        global g
        nonlocal n
        g += 1
        n += 10
        return g, n
    inc_both()
    return inc_both()
print(outer(), g)
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def uses_later_global():
    return later_defined
later_defined = "defined after function"
print(uses_later_global())
import builtins
print(builtins.len is len, builtins.print is print)
