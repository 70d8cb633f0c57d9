b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]), type(b[1:2]))
print(b"\x00\x01\xff", b"\n\t\\", b'\'"', b"\101\102", rb"\x00", len(rb"\x00"))
print(repr(b"\x7f\x80"), repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(), bytes(b"copy"))
print(bytes("é", "utf-8"), list(b"abc"), b"ab" + b"cd", b"ab" * 3)
print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"abc", 97 in b"abc", b"" in b"x")
for x in b"hi":
    print(x)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
