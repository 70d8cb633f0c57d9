for n in [0, 1, -1, 10, 99, 100, 1000, -1000, 12345678987654321, 10 ** 18, 10 ** 19, -(10 ** 19)]:
    print(str(n), len(str(n)), int(str(n)) == n)
print(str(10 ** 100))
print(str(-(10 ** 100) + 1))
print(int("1" * 100) % 97)
s = ""
i = 0
while i < 30:
    s += str(i % 10)
    i += 1
print(int(s), int(s) * 3)
