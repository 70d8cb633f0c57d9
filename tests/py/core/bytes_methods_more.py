b = b"Hello, World"
print(b.center(16, b"*"), b.ljust(14, b"-"), b.rjust(14), b"42".zfill(5), b"-42".zfill(5))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b"abc".isalnum(), b" \t".isspace())
print(b.split(b", "), b.rsplit(b"o", 1), b.partition(b"o"), b.rpartition(b"o"), b.count(b"o"), b.rfind(b"o"))
print(b.startswith(b"Hello"), b.endswith((b"x", b"World")), b.replace(b"o", b"0", 1), b.strip(b"Hd"), b.expandtabs())
print(b"a\tb".expandtabs(4), b"  x  ".strip(), b"xxhixx".strip(b"x"), b"ab".join([b"1", b"2", b"3"]))
print(b"%s-%d-%x-%r" % (b"x", 5, 255, b"q"), b"abc".hex(), b"abc".hex(":"), bytes.fromhex("61 62"))
print(list(b"\x00\xff"), b"\x00\xff"[1], b"ab"[::-1], b"abcdef"[1:5:2], b"x" * 3, 3 * b"y")
print(bytearray(b"abc").center(7, b"."), bytearray(b"hello").title(), bytearray(b"a,b").split(b","))
ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
print(ba)
del ba[::3]
print(ba)
ba[1:3] = b""
print(ba, ba.find(b"d"), ba.index(b"7"), ba.rstrip(b"e"))
