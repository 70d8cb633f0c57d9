def nothing():
    pass
print(nothing())
if True:
    pass
for _ in range(2):
    pass
a = 1
b = [1, 2, 3, 4]
del a, b[0]
print(b, "a" in dir() if False else "ok")
c = {"x": 1, "y": 2}
del c["x"]
print(c)
e = list(range(8))
del e[1:7:2]
print(e)
try:
    del undefined_name
except NameError as ex:
    print("NameError:", ex)
