f = 1
i = 1
while i <= 200:
    f *= i
    i += 1
print(f)
print(len(str(f)))
n = 0
while f % 10 == 0:
    f //= 10
    n += 1
print(n)
print(f % 1000003)
