print(float("1.5"), float(" 1.5 "), float("\n-2.25\t"), float("1e3"), float("1E-3"))
print(float("0"), float("-0"), float(".5"), float("5."), float("1_000.5"))
print(float("inf"), float("-inf"), float("nan"), float("  INF  "))
print(float(3), float(True), float(), float("123456789012345678901234567890"))
print(float("0.1"), float("1e400"), float("-1e400"), float("1e-400"))
for s in ["abc", "", "1.5.5", "1e", "--1", "1 2", "0x10", "_1.5", "1.5_"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError:", e)
