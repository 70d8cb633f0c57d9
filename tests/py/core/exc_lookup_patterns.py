d = {"a": 1}
try:
    v = d["b"]
except KeyError:
    v = "missing"
print(v)
print(d.get("b", "missing"))
lst = [1, 2, 3]
def at(i):
    try:
        return lst[i]
    except IndexError:
        return "out of range"
print(at(0), at(-1), at(3), at(-4))
def conv(x):
    try:
        return int(x)
    except (TypeError, ValueError) as e:
        return type(e).__name__
print(conv("5"), conv("x"), conv(None), conv(3.9), conv([1]))
