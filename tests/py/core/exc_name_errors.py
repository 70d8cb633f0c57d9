def f():
    return missing_global
try:
    f()
except NameError as e:
    print("NameError:", e)
try:
    prnt("typo")
except NameError as e:
    print("NameError:", e)
try:
    x = yy + 1
except NameError as e:
    print("NameError:", e, e.args)
def g():
    v = 1
    del v
    return v
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
