for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line += str(i * j) + " "
    print(line.rstrip())
primes = []
for n in range(2, 50):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6:
                count += 1
print(count)
