def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("level2 does not catch KeyError")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "recovered"
    finally:
        print("level1 finally")
print(level1())
try:
    try:
        try:
            raise ValueError("1")
        except ValueError:
            raise TypeError("2")
    except TypeError:
        raise KeyError("3")
except KeyError as e:
    print("outermost", e, type(e.__context__).__name__, type(e.__context__.__context__).__name__)
