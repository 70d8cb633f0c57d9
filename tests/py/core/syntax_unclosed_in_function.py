def f():
    data = {"a": 1,
            "b": 2
    return data

print(f())
