def use():
    import mod_util
    from mod_util import double
    return double(mod_util.loads)
print(use(), use())
def lazy_math():
    import math
    return math.sqrt(16)
print(lazy_math())
print("math" in dir())
