def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
best = (0, 0)
for i in range(1, 3000):
    c = collatz_len(i)
    if c > best[1]:
        best = (i, c)
print(best)
print(collatz_len(27), collatz_len(2 ** 100), collatz_len(2 ** 100 + 1))
