a = [0, 1, 2, 3, 4, 5]
del a[0]; print(a)
del a[-1]; print(a)
del a[1], a[1]; print(a)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]; print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del a[10]
except IndexError as e:
    print("IndexError:", e)
