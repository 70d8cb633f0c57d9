big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)), (10 ** 5000) % 9)
