try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
e = "preexisting"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    e
except NameError:
    print("e was deleted even though it existed before")
