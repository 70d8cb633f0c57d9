print(format(3.14159, ".2f"), format(42, "x"), format(42, "X"), format(42, "o"), format(42, "b"), format(42, "#x"), format(42, "#b"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ","), format(1234.5, ",.1f"))
print(format(42, "5") + "|", format(42, "<5") + "|", format(42, "^5") + "|", format(42, "05"), format(-42, "05"), format(42, "+"))
print(format("abc", "5") + "|", format("abc", ">5"), format("abc", "*^7"), format("abcdef", ".3"), format("x", ""))
print(format(0.5, ".0%"), format(1e-7, ".3g"), format(123456789.0, ".3e"), format(2 ** 70, ","), format(True, ""), format(True, "d"))
print(format(255, "08b"), format(-255, "x"), format(3, "c") if False else "c", format(65, "c"), format(1.0, "g"), format(100.0, ".0f"))
print(format(None, ""), format([1, 2], ""), format(12.0, "n"), format(7, "n"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
