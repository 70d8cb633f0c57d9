a, b = 0, 100
steps = 0
while a < b and steps < 1000:
    a += 7
    b -= 3
    steps += 1
print(a, b, steps)
n = 1
while True:
    n *= 3
    if n > 10 ** 10:
        break
print(n)
items = [5, 3, 0, 8]
i = 0
while i < len(items) and items[i] != 0:
    i += 1
print("first zero at", i)
x = 100
while x:
    x //= 3
    if x % 2:
        continue
    print("even x", x)
