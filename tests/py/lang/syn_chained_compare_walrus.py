# Chained comparisons (each operand evaluated once, short-circuit) and
# assignment expressions in conditions, loops and calls.

calls = []


def v(tag, value):
    calls.append(tag)
    return value


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1 == 1 != 2)
print(v("a", 1) < v("b", 5) < v("c", 3), calls)
calls.clear()
print(v("a", 5) < v("b", 1) < v("c", 3), calls)   # c never evaluated
calls.clear()
print("x" in "xyz" in ["xyz"], calls is not None is not False, [] == [] is not None)
print(0 <= 5 < 10 == 10, (0 <= 5) < 10, 2 < 3 > 1 < 4)
a = [1, 2]
b = a
print(a is b == True, (a is b) == True, 1 < 2 == 2.0 in [2])


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n


print(Loud(1) < Loud(2) < Loud(0))

try:
    print(1 < "2" < 3)
except TypeError as e:
    print("TypeError:", e)

# Walrus in while: read "chunks" until an empty one.
chunks = iter(["ab", "cd", "", "ef"])
got = []
while chunk := next(chunks):
    got.append(chunk)
print(got)

# Walrus to avoid recomputation in a filter and in an if/elif chain.
import re
lines = ["id=17", "name: Ann", "id=x", "age=44"]
for line in lines:
    if (m := re.fullmatch(r"(\w+)=(\d+)", line)) is not None:
        print("number field", m.group(1), int(m.group(2)))
    elif (m := re.fullmatch(r"(\w+): (.*)", line)):
        print("text field", m.groups())
    else:
        print("unparsed", line)

data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print(f"list too long ({n} elements, expected <= 3)")
print([(x, sq) for x in data if (sq := x * x) > 10], sq)

# Walrus as a function argument and in a lambda body.
print(max(data, key=lambda e: (w := e % 5, -e)), (total := sum(data)) / len(data), total)


def f(x):
    return (y := x * 2) + y


print(f(5))
print((z := 10), z + 1)
print([y := 1, y ** 2], {(k := "key"): k * 2})
