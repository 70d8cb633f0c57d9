it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("hi")
print(next(s), next(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
r = iter(range(2))
print(list(r), list(r))
t = iter((1, 2, 3))
print(iter(t) is t, list(t))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter(()))
except StopIteration:
    print("StopIteration from empty tuple")
