P = 1000000007
digest = 0
for n in range(0, 600, 7):
    v = 7 ** n - 3 ** n
    s = str(v)
    if int(s) != v:
        print("roundtrip failed", n)
    for ch in s:
        digest = (digest * 10 + ord(ch) - 48) % P
    digest = (digest + len(s)) % P
print(digest)
print(str(10 ** 100 - 1) == "9" * 100, str(-(10 ** 50)), len(str(2 ** 4000)))
print(int("-" + "1234567890" * 40) % 99991, int("0" * 100 + "42"), int("+" + "9" * 400) + 1 == 10 ** 400)
for base in [2, 3, 7, 8, 16, 36]:
    s = ""
    v = 3 ** 150
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    while v:
        v, r = divmod(v, base)
        s = digits[r] + s
    print(base, len(s), int(s, base) == 3 ** 150, s[:12])
