def f(a, *args, b, **kw, c): pass
