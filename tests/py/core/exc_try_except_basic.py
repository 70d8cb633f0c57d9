try:
    x = 1 / 0
except ZeroDivisionError:
    print("caught zero division")
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__)
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError:
    print("right handler")
try:
    int("x")
except Exception as e:
    print("generic", type(e).__name__)
try:
    undefined_thing
except:
    print("bare except")
def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "handled in f"
print(f())
