import traceback
def a():
    return b()
def b():
    return c()
def c():
    return 1 / 0
try:
    a()
except ZeroDivisionError:
    text = traceback.format_exc()
    lines = [l for l in text.splitlines() if not set(l.strip()) <= set("^~")]
    print("\n".join(l.replace(__file__, "FILE") for l in lines))
