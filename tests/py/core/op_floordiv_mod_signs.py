for a in [7, -7, 0, 1, -1, 13]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b), a == (a // b) * b + a % b)
for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2, -2.5]:
        print(a, b, a // b, a % b)
print(-7 // 2 * 2, (-7) % 2, -(7 % 2), -7 % 2)
