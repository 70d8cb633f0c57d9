def risky():
    raise TypeError("original problem")

try:
    risky()
except TypeError:
    print("logging then re-raising")
    raise
