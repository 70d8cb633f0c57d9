def pair():
    value = []
    def push(v):
        value.append(v)
    def peek():
        return list(value)
    return push, peek
push, peek = pair()
push(1); push(2)
print(peek())
def rebind():
    x = 0
    def set_x(v):
        nonlocal x
        x = v
    def get_x():
        return x
    set_x(42)
    a = get_x()
    x = 7
    return a, get_x()
print(rebind())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 1
    return inner()
print(unbound())
