print(1 + True, 1.5 + True, 3 * False, True + True + True, 10 / True)
print(2 ** 70 + 0.0, 2 ** 70 * True, 7 // 2.0, 7 % -2.5, -7 % 2.5)
print(abs(-True), abs(False), -False, int(True) + float(True))
print(1 + 2 ** 100 - 2 ** 100, (2 ** 100 + 1.0) - 2 ** 100)
print(0.1 + 0.2 - 0.3, 3 * (1 / 3), 100 * 1.1, 1e300 * 1e10)
print(5 & True, 6 | False, 7 ^ True, 8 >> True, 1 << True)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 << 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [] + 1
except TypeError as e:
    print("TypeError:", e)
try:
    {} + {}
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
