def sqrt(x):
    if x == 0:
        return 0.0
    g = x / 2.0
    for _ in range(60):
        g = (g + x / g) / 2.0
    return g
for v in [2, 9, 10, 1e10, 0.25, 12345.678]:
    print(v, sqrt(v), abs(sqrt(v) ** 2 - v) < 1e-6 * v)
def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
print(isqrt(10 ** 100 + 12345), isqrt(2 * 10 ** 40), isqrt(99), isqrt(100))
