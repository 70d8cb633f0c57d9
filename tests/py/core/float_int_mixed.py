print(1 + 2.0, 2.0 + 1, 10 - 0.5, 3 * 0.1, 7 / 2, 7 // 2.0, 7 % 2.0)
print(2 ** 100 + 0.5, 2 ** 100 * 1.0, 10 ** 30 / 10 ** 10)
print(10 ** 400 // 10 ** 390, 10 ** 400 / 10 ** 390)
print(1 / 2 ** 1100 if False else "skip")
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 1.5)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 399)
print(3 == 3.0, 3 < 3.5, 2 ** 60 == 2.0 ** 60, 2 ** 60 + 1 == 2.0 ** 60, 2 ** 60 + 1 > 2.0 ** 60)
print(True / 2, False // 3, True ** 0.5)
print(1 / 3 * 3, 0.1 * 10, 0.7 + 0.1, 9007199254740993, float(9007199254740993))
