square = lambda x: x * x
print(square(3))
print(square(None))
