print(getattr(5, "real"), getattr(2.5, "imag"), getattr("abc", "upper")(), getattr([], "nope", "fallback"))
print(hasattr("", "join"), hasattr(1, "join"), hasattr(len, "__name__"))
def f():
    return 1
setattr(f, "tag", "marked")
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"))
f.count = 0
f.count += 5
print(f.count)
delattr(f, "tag")
print(hasattr(f, "tag"))
try:
    getattr(5, 5)
except TypeError as e:
    print("TypeError:", e)
