print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "dflt", [] and 1, [0] and 1)
print(not 1, not 0, not [], not [0], not "", not None)
def side(v, tag):
    print("side", tag)
    return v
print(side(0, "a") and side(1, "b"))
print(side(1, "c") or side(1, "d"))
print(side(1, "e") and side(0, "f") or side(2, "g"))
x = None
y = x or "fallback"
print(y)
z = 5 if x is None else x
print(z, (1 if 0 else 2), ("a" if "" else "b" if [] else "c"))
print(True and False or True, False or True and False, not True or True, not (True or True))
