# except* ExceptionGroup is refused at run time
print("before")
try:
    raise ExceptionGroup("x", [ValueError()])
except* ExceptionGroup:
    pass
