a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007)
print(a.bit_length())
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 100), isqrt(2 * 10 ** 60))
