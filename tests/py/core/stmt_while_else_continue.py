i = 0
log = []
while i < 6:
    i += 1
    if i % 2:
        continue
    log.append(i)
else:
    log.append("else ran")
print(log)
n = 0
while n < 3:
    n += 1
    for k in range(3):
        if k == n:
            break
    else:
        print("inner else for n =", n)
        continue
    print("inner broke at", n)
