for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
i = 0
while i < 5:
    i += 1
    try:
        try:
            if i % 2:
                continue
            print("even", i)
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
def f():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("f finally", i)
    return "done"
print(f())
