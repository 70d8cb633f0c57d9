a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a > b, a == b, a != b, a <= a, b >= a)
print(-a < -b, -a > -b)
print(a == 2 ** 100, a == float(a), a < float('inf'), -a > float('-inf'))
print(max(a, b, -a), min(a, b, -a))
print(a + 1 == b, b - 1 == a)
print(2 ** 64 == 18446744073709551616)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(sorted([b, a, -a, 0, 5]))
