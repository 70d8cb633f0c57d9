def break_in_finally():
    for i in range(3):
        try:
            raise ValueError("dropped")
        finally:
            break
    return "loop ended, exception swallowed"
print(break_in_finally())
def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            n += 1
        finally:
            continue
    return n
print(continue_in_finally())
def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except-return")
print(return_in_except())
def raise_in_else():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise TypeError("from else")
    finally:
        print("finally sees else exception")
try:
    raise_in_else()
except TypeError as e:
    print("caught", e)
def nested_finally_order():
    out = []
    try:
        try:
            out.append("inner try")
            return out
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")
print(nested_finally_order())
