def make_adder(n):
    def add(x):
        return x + n
    return add
add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), make_adder(-1)(0))
print(add3.__closure__[0].cell_contents, add3.__code__.co_freevars)
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
