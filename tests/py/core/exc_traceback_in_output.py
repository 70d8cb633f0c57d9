def a():
    b()
def b():
    raise RuntimeError("deep")
try:
    a()
except RuntimeError as e:
    print("message:", e)
    print("type:", type(e).__name__)
    print("args:", e.args)
    print("has traceback:", e.__traceback__ is not None)
print("program continues")
