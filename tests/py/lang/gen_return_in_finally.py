def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally in g")
    yield 3
it = g()
print(next(it), next(it), next(it))
print(next(it, "end"))
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in h():
    if v == 1:
        break
print("after break")
