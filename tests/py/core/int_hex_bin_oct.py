print(hex(0), hex(255), hex(-255), hex(2 ** 100), hex(-(2 ** 100)))
print(bin(0), bin(5), bin(-5), bin(2 ** 70), bin(-(2 ** 70) + 1))
print(oct(0), oct(8), oct(-8), oct(8 ** 30), oct(-(8 ** 30)))
print(hex(True), bin(False))
print(int(hex(123456789123456789), 16), int(bin(-98765), 2), int(oct(4321), 8))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
