def f():
    pass
print(callable(f), callable(len), callable(lambda: 0), callable(int), callable(5), callable("s"), callable(None), callable([].append))
print(callable(print), callable(type), callable(ValueError), callable(ValueError("x")))
