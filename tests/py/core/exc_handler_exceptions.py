try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handling first")
        [][1]
except IndexError as e:
    print("second:", e, "| context:", e.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        print("finally then exception in finally")
        raise KeyError("b")
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError:
        pass
    else:
        print("no")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(e, e.__context__)
