print(int("123"), int("-123"), int("+7"), int("  42  "), int("\t\n 9 \n"))
print(int("1_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("101", 2), int("777", 8), int("-1010", 2))
print(int("12", 3), int("  -0x1F ", 16))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999999999999999999", 10))
print(int(), int(False), int(True))
for s in ["abc", "", "1.5", "12a", "0x10", " ", "1__0", "_1"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int("10", 37)
except ValueError as e:
    print(e)
