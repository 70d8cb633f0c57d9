print("a b  c".split(), "  lead and trail  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split(","))
print("a b c d".split(" ", 1), "a b c d".split(maxsplit=2), "a,b,c".split(",", 0))
print("one\ttwo\nthree\r\nfour\x0bfive\x0csix".split())
print("a::b::c".split("::"), "aaa".split("a"), "abcabc".split("bc"))
print("a b c".split(None, 1), "  a  b  ".split(None, 1))
print("1,2,3".split(",", -1), "1,2,3".split(sep=",", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
