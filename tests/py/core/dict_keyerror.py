d = {"a": 1}
try:
    d["k"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[42]
except KeyError as e:
    print("KeyError:", e)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    d[""]
except KeyError as e:
    print("KeyError:", e)
try:
    d[None]
except LookupError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError:", e)
