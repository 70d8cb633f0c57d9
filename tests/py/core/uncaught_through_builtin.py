def inverse(x):
    return 10 // x

values = [5, 2, 0, 1]
print(list(map(lambda v: inverse(v), values)))
