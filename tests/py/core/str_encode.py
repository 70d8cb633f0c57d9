print("abc".encode(), "é".encode("utf-8"), "中文".encode("utf-8"), "😀".encode("utf-8"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8").decode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"\xc3\xa9".decode(), b"\xe4\xb8\xad".decode("utf-8"), len(b"\xf0\x9f\x98\x80".decode()))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
