a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b)
print(a // -b, a % -b, -a // -b, -a % -b)
print(0 // 3, 0 % 3, -1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 10 ** -2)
print(7 // 7, 7 % 7, 6 / 3, type(6 / 3))
x = 100
x += 5; print(x)
x -= 10; print(x)
x *= 3; print(x)
x //= 4; print(x)
x %= 50; print(x)
x **= 2; print(x)
x /= 8; print(x)
