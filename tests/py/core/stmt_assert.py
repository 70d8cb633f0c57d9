assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["msg", 1]
except AssertionError as e:
    print("args", e.args)
x = 5
try:
    assert x < 0, "x=" + str(x)
except AssertionError as e:
    print(e)
