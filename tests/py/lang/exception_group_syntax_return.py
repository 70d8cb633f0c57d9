print("not printed")
def f():
    try:
        pass
    except* ValueError:
        return 1
