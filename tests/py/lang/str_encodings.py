s = "héllo wörld €"
for enc in ["utf-8", "latin-1", "utf-16-le", "utf-16-be", "ascii", "cp1252"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:8], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e.reason, e.start, e.end)
print("x".encode("utf-16"), "x".encode("utf-32")[:4])
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"\xe9t\xe9".decode("latin-1"), b"caf\xc3".decode("utf-8", "replace"), b"\xff\xfe".decode("utf-8", "backslashreplace"))
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
