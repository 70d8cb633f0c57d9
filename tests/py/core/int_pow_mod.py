print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 13), pow(3, -2, 11), pow(2, 0, 1), pow(5, 0, 3))
print(pow(12345678901234567890, 98765, 10 ** 9 + 9))
print(pow(2, 10 ** 5, 97))
print(pow(2, 0.5), pow(4, -0.5), pow(-8, 2), pow(2.0, 3))
print(2 ** -2, (-2) ** -2, 0.5 ** 2, 4 ** 0.5)
print(10 ** 20 * 1.0)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
