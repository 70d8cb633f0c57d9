ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EL"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
print(ba, bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray())
ba2 = bytearray(b"abc")
ba2 += b"def"
print(ba2, ba2 * 2, ba2 == b"abcdef", ba2.find(b"c"), ba2.upper())
ba2.reverse()
print(ba2)
ba2.remove(ord("d"))
print(ba2, ba2.count(b"a"))
ba2.clear()
print(ba2, len(ba2))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append("x")
except TypeError as e:
    print("TypeError:", e)
