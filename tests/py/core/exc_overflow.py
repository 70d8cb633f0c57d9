try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1e308 ** 2
except OverflowError as e:
    print("OverflowError:", e)
try:
    [0] * (2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1000 > 1e300, 10 ** 400 > 1e308)
