def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = counter()
print(get2(), get())
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    r = mid()
    return x, r
print(outer())
