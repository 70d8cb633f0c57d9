for v in [-5, 0, 5, 50]:
    s = "neg" if v < 0 else "zero" if v == 0 else "small" if v < 10 else "big"
    print(v, s)
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
a = [1, 2, 3] if True else None
print(a, 1 + (2 if False else 3) * 2)
