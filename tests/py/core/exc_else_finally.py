def run(v):
    try:
        print("try", v)
        r = 10 / v
    except ZeroDivisionError:
        print("except")
        r = None
    else:
        print("else", r)
    finally:
        print("finally")
    return r
print(run(2))
print(run(0))
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally runs")
except ValueError as e:
    print("outer caught", e)
try:
    pass
finally:
    print("finally without except")
