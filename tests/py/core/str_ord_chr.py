for c in ["a", "A", "0", " ", "\n", "~", "é", "€", "中", "😀", "\x00"]:
    print(repr(c), ord(c), repr(chr(ord(c))))
print(chr(65), chr(97), chr(0x20ac), chr(0x10FFFF) == "\U0010ffff")
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
