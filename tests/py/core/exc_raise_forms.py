try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
try:
    raise TypeError("one")
except TypeError as e:
    print(repr(e), str(e))
try:
    raise Exception()
except Exception as e:
    print(repr(e), repr(str(e)))
err = IndexError("stored")
try:
    raise err
except IndexError as e:
    print(e is err, e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
