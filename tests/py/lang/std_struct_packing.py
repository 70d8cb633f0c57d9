# struct: pack/unpack, byte orders, sizes, iter_unpack, Struct objects.
import struct

print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack(">q", -1))
print(struct.pack("<HHI", 1, 2, 3), struct.pack("!f", 1.5), struct.pack("<d", 0.1))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">H", b"\x01\x02"))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<e", struct.pack("<e", 1.5)))
print(struct.calcsize("<I"), struct.calcsize("<IHb"), struct.calcsize("=d3s"), struct.calcsize("<q?c"))
print(struct.calcsize("@ib"), struct.calcsize("@bi"), struct.calcsize("@bq"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("<?x?", True, 0))
print(struct.pack("<3B", 1, 2, 255), struct.pack("c", b"Z"), struct.unpack("<bB", b"\xff\xff"))
print(struct.pack("<Q", 2**64 - 1), struct.unpack("<q", b"\xff" * 8))
print(struct.pack("<2H2x", 7, 8), struct.unpack("<4xI", b"\0\0\0\0\x05\0\0\0"))
print(struct.pack("<p", b"hi"), struct.pack("4p", b"hello"), struct.unpack("4p", b"\x02hix"))

header = struct.Struct("<4sHHI")
raw = header.pack(b"GILP", 1, 2, 1024)
print(raw, header.size, header.format)
magic, major, minor, length = header.unpack(raw)
print(magic, major, minor, length)
buf = bytearray(16)
header.pack_into(buf, 2, b"ABCD", 3, 4, 5)
print(bytes(buf), header.unpack_from(buf, 2))
print(struct.unpack_from("<H", b"\x00\x01\x02", offset=1))
records = struct.pack("<6h", 1, -1, 2, -2, 3, -3)
print(list(struct.iter_unpack("<hh", records)))
rec = struct.Struct("<I8sd")
rows = [(1, b"alice", 3.5), (2, b"bob", -1.25)]
blob = b"".join(rec.pack(*r) for r in rows)
for i, name, score in rec.iter_unpack(blob):
    print(i, name.rstrip(b"\0").decode(), score)
for fmt, args in [("<B", (256,)), ("<b", (-129,)), ("<H", (-1,)), ("<I", (1.5,)), ("<2I", (1,)), ("<c", (b"ab",))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error", fmt, e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error", e)
try:
    struct.calcsize("<Y")
except struct.error as e:
    print("struct.error", e)
def checksum(data):
    total = 0
    for (word,) in struct.iter_unpack(">H", data + b"\0" * (len(data) % 2)):
        total = (total + word) & 0xFFFF
    return total
print(hex(checksum(b"hello world!")))
print(struct.pack(">i", -123456).hex(), int.from_bytes(struct.pack(">i", -123456), "big", signed=True))
