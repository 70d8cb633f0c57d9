b = bytes(range(256))
print(len(b), b[65:70], b[-3:], b.count(b"\x00"))
print(b"abc".ljust(6, b"-"), b"%05.1f|%-4s|%x" % (3.14159, b"ab", 255), b"x".join([b"1", b"2"]))
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
del ba[5:]
ba.extend(range(33, 36))
print(ba, ba.hex(" "), bytes(ba).title(), ba.startswith(b"HE"))
print(int.from_bytes(b"\x00\x01\x00", "big"), (65535).to_bytes(3, "little"), (2 ** 100).to_bytes(13, "big").hex())
print(b"a b\tc\nd".split(), b"a,b".split(b","), b"  x ".strip(), b"abc".translate(None, b"b"), bytes.maketrans(b"ab", b"xy")[97:99])
m = memoryview(b"abcdef")
print(m[1:3].tobytes(), m.nbytes, list(m[:2]), bytes(m[::-1]))
print(sorted([b"b", b"a", b"ab"]), b"abc" < b"abd", b"\x00" < b"\x00\x00")
