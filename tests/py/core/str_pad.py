print("[" + "abc".center(9) + "]", "[" + "abc".center(8) + "]", "[" + "abc".center(2) + "]", "[" + "ab".center(7, "*") + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6) + "]", "[" + "abc".ljust(6, ".") + "]", "[" + "abc".rjust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(3), "-".zfill(3))
print("[" + "中".center(5, "文") + "]", "x".rjust(4, "é"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
