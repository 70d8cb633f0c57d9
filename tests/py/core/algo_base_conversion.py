DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = DIGITS[r] + out
    return "-" + out if neg else out
for n in [0, 5, 255, -255, 2 ** 64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36))
    print(int(to_base(n, 36), 36) == n, int(to_base(n, 7), 7) == n)
print(to_base(2 ** 200, 36))
