a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1}, {1: [1]} == {1: [1]})
print(list(a) == list(b), str(a) == str(b))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
c = a | {"z": 3}
print(c, a)
a |= {"y": 20}
print(a)
