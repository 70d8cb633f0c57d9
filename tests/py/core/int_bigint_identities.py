# Deterministic pseudo-random big integers: checks identities that any
# correct big-int implementation satisfies, and prints digests.
seed = 20261126
def rand_bits(bits):
    global seed
    v = 0
    n = 0
    while n < bits:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        v = (v << 32) | (seed >> 32)
        n += 32
    return v >> (n - bits)
M = 2 ** 61 - 1
digest = 0
failures = 0
for i in range(300):
    a = rand_bits(1 + i * 7 % 1500)
    b = rand_bits(1 + i * 13 % 900) + 1
    if i % 3 == 1:
        a = -a
    if i % 5 == 2:
        b = -b
    q, r = divmod(a, b)
    if q * b + r != a or not (0 <= r < b if b > 0 else b < r <= 0):
        failures += 1
    if a // b != q or a % b != r:
        failures += 1
    if (a * b) // b != a or (a * b) % b != 0:
        failures += 1
    k = i % 97
    if (a << k) >> k != a or a >> k != a // 2 ** k:
        failures += 1
    if int(str(a)) != a or int(hex(a), 16) != a or int(bin(b), 2) != b:
        failures += 1
    if (a & b) + (a | b) != a + b or (a ^ b) != (a | b) - (a & b):
        failures += 1
    digest = (digest * 31 + (a * b) % M + q % M + r % M) % M
print("failures", failures)
print("digest", digest)
print(rand_bits(200), -rand_bits(333))
x = rand_bits(4000)
y = rand_bits(3000) + 1
print(len(str(x)), x % 1000003, (x * y) % 1000003, (x // y) % 1000003, pow(x, y, 1000003), pow(y, 65537, x) % 1000003)
