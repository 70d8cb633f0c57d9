# an uncaught nested group is printed in boxes
def fail(n):
    raise ValueError(n)

def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), OSError("os")])
    errors.append(inner)
    raise ExceptionGroup("outer", errors)

print("start")
collect()
