s = "abc" "def" 'ghi'
print(s, len(s))
t = ("one "
     "two "
     "three")
print(t)
u = "a" r"\n" "b"
print(u, len(u))
print("x" * 3 + "y" * 0 + "z" * -2 + "w")
print(3 * "ab", "ab" * True, "ab" * False)
a = "hello"
a += " world"
a *= 2
print(a)
print("" + "", "" * 100, len("" * 100))
