try:
    raise ExceptionGroup("multiple", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError("k"), ExceptionGroup("inner", [IndexError("i")])])
print(repr(eg), len(eg.exceptions), str(eg))
match_, rest = eg.split(IndexError)
print(match_, rest)
try:
    raise ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
