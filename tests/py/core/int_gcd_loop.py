def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(0, 5), gcd(17, 5), gcd(2 ** 100, 6 ** 50))
r = 1
for k in range(1, 41):
    r = lcm(r, k)
print(r)
print(gcd(-12, 18), gcd(12, -18))
