s = "a\x1cb\x1dc\x1ed\x1fe\u3000f\u2003g\xa0h\x85i"
print(s.split())
print(len(s.split()), "\u3000".isspace(), "\x1c".isspace(), "\x85".isspace(), "\u200b".isspace())
print(repr(" \t\u3000x\xa0 ".strip()), repr("\x1cx\x1f".strip()))
print("line1\x1cline2\x85line3".splitlines())
