def outer(v):
    return middle(v) + 1

def middle(v):
    return inner(v) * 2

def inner(v):
    return [1, 2, 3][v]

print(outer(1))
print(outer(10))
