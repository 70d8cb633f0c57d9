it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
it2 = iter("ab")
while True:
    try:
        ch = next(it2)
    except StopIteration:
        print("exhausted")
        break
    print(ch)
