def f()
