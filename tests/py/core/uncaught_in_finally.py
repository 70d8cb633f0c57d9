def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally")
        raise IndexError("raised in finally")

f()
