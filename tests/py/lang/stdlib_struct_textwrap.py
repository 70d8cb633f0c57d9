import struct
import textwrap
packed = struct.pack("<iHd", -2, 65535, 1.5)
print(packed, len(packed), struct.unpack("<iHd", packed), struct.calcsize(">I2s"))
print(struct.pack(">I", 1), struct.unpack(">h", b"\xff\xfe"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap("short", width=10), textwrap.shorten("Hello world, how are you?", width=15))
print(textwrap.dedent("    indented\n      more\n    back"))
print(textwrap.indent("a\nb", "> "))
