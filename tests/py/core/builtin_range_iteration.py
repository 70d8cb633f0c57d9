for i in range(3):
    print(i)
for i in range(10, 0, -4):
    print(i)
for i in range(-3, 0):
    print(i)
total = 0
for i in range(1, 1001):
    total += i * i
print(total)
print(list(range(0)), list(range(-1)), list(range(1, 0)), list(range(0, -5, -1)))
print(list(range(2 ** 64, 2 ** 64 + 3)))
print(range(0, 10, 3)[-1], range(10, 0, -3)[-1], range(5)[-5])
