print(None, repr(None), type(None), None is None, None == None, None != 0, not None)
print(True, False, type(True), True == 1, False == 0, True is True, True + True, True * 10, -True, ~True)
print(True + 0.5, False - 1, True / 2, True // 2, True % 2, True ** 2, True << 3)
print(int(True), float(False), str(True), repr(False), bool(1), bool(0), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool("a"), bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(None), bool(range(0)), bool(set()))
print(sum([True, True, False, True]), max(True, 2), isinstance(True, int), True in [1], [1, 2][True])
print(True and 5, 0 or "x", None or [] or 0, 1 and 2 and 3, "" and 1 / 0, not 0, not "x")
print(True & True, True | False, True ^ True, type(True | False), type(True + False), hash(True) == hash(1))
d = {1: "one"}
print(d[True], {True: "t", 1: "i"})
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    nothing[0]
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
