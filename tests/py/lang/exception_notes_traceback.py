import traceback
try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra context")
    e.add_note("second note")
    print(e.__notes__)
    lines = traceback.format_exception_only(type(e), e)
    print("".join(lines), end="")
def f():
    raise KeyError("tb")
try:
    f()
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(fr.name, fr.lineno, fr.line) for fr in tb])
