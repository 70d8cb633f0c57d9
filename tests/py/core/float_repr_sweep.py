# Deterministic pseudo-random floats: repr must be the shortest string that
# round-trips; prints a digest of all reprs and a sample.
seed = 42
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return seed >> 11
P = 1000000007
digest = 0
total_len = 0
bad_roundtrip = 0
sample = []
for i in range(2000):
    m = rnd()
    e = (i * 37) % 200 - 100
    x = m * 2.0 ** (e - 53)
    if i % 2:
        x = -x
    s = repr(x)
    if float(s) != x:
        bad_roundtrip += 1
    total_len += len(s)
    for ch in s:
        digest = (digest * 131 + ord(ch)) % P
    if i % 199 == 0:
        sample.append(s)
print(bad_roundtrip, total_len, digest)
print(sample)
vals = []
for i in range(-20, 21):
    vals.append(i / 10)
print(vals)
print(list(map(lambda e: 2.0 ** e, range(-10, 60, 7))))
print(list(map(lambda e: 10.0 ** e, range(-8, 24, 3))))
