print(int(3.7), int(-3.7), int(0.9), int(-0.9), int(1e20), int(-1e20))
print(int(2.0 ** 80), int(1e300) == 10 ** 300, int(1e300) % 1000)
print(int(123456789.0), int(-0.0))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
