print("a b c d".rsplit(), "a b c d".rsplit(" ", 1), "a b c d".rsplit(None, 2))
print("a,b,c".rsplit(",", 1), "  x  y  ".rsplit(None, 1), "a::b::c".rsplit("::", 1))
print("".rsplit(), "abc".rsplit("b"), "aaaa".rsplit("aa"), "aaaaa".rsplit("aa", 1))
