key, [end = f(s)
x = 1
