s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith(""), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(""))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.startswith(()))
print("".startswith(""), "".endswith("a"), "abc".startswith("abcd"))
try:
    s.startswith(["f"])
except TypeError as e:
    print("TypeError:", e)
