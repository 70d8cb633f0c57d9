s = "héllo wörld"
print(s, len(s), s[1], s[-4], s[1:5], s.upper())
c = "中文字符"
print(c, len(c), c[0], c[-1], c[1:3], c[::-1])
e = "a😀b🎉c"
print(e, len(e), e[1], e[3], e[::-1], e.index("🎉"))
print(ord("é"), chr(233), ord("中"), chr(20013), hex(ord("😀")), chr(0x1F600))
print("é" < "z", "a" < "é", "中" > "z", sorted(["é", "e", "z", "中", "a"]))
print(repr("é"), repr("中文"), repr("😀"), ascii("é中😀"))
print("ÉCOLE".lower(), "straße".upper(), "ǅ".lower())
print("😀" * 3, "é".encode("utf-8"), "中".encode(), len("😀".encode()))
