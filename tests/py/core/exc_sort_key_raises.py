def bad_key(x):
    if x == 3:
        raise ValueError("bad key for 3")
    return -x
data = [1, 2, 3, 4]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(data)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, 2], key=lambda v: None if v == 2 else v)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(lambda v: 10 // v, [5, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
