data = [5, 12, 3, 20, 8]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
def f():
    print((z := 10), z + 1)
f()
print([last := i for i in range(3)], last)
