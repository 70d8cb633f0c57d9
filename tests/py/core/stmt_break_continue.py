out = []
for i in range(20):
    if i % 2 == 0:
        continue
    if i > 13:
        break
    out.append(i)
print(out)
i = 0
res = []
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    res.append(i)
print(res)
pairs = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)
