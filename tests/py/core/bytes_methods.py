b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower())
print(b"a,b,c".split(b","), b"a b  c".split(), b"-".join([b"x", b"y", b"z"]))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".index(b"e"), b"hello".count(b"l"))
print(b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")))
print(b"\xde\xad\xbe\xef".hex(), bytes.fromhex("deadbeef"), bytes.fromhex("01 02 ff"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".isalpha(), b"123".isdigit())
print(b"key=val".partition(b"="), b"x".center(5, b"*"), b"ab".zfill(4))
print(b"Hello World".title(), b"hello".capitalize(), b"a\nb\r\nc".splitlines())
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
