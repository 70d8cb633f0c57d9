class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print("TypeError:", e)
