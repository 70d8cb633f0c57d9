print(ord("A"), chr(66), ord("\n"), chr(10) == "\n", ord("ÿ"), chr(255))
print(hex(255), hex(-1), hex(0), oct(64), oct(-9), bin(10), bin(-10), bin(0))
print(hex(2 ** 64), bin(2 ** 10), oct(2 ** 30))
s = ""
for code in range(97, 123):
    s += chr(code)
print(s)
print(hex(ord("€")), bin(ord("a")), int("0x" + "ff", 16))
