def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def m():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(m())
