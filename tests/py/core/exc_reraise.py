def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner logs and re-raises")
        raise
try:
    inner()
except ZeroDivisionError as e:
    print("outer got", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise
except KeyError as e:
    print("re-raised the KeyError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
