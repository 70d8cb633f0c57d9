for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(x, round(x), type(round(x)))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4), round(-3.14159, 3))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(15, -1), round(25, -1))
print(round(123456, -3), round(-123456, -3), round(5, 2), round(7), type(round(7, 1)))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e20, 2))
print(round(1.0e-10, 12), round(99.995, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
