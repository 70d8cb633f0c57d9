row = [1]
for n in range(12):
    print(" ".join(map(str, row)).center(60).rstrip())
    nxt = [1]
    for i in range(len(row) - 1):
        nxt.append(row[i] + row[i + 1])
    nxt.append(1)
    row = nxt
r = [1]
for n in range(100):
    nxt = [1]
    for i in range(len(r) - 1):
        nxt.append(r[i] + r[i + 1])
    nxt.append(1)
    r = nxt
print(r[50], sum(r) == 2 ** 100)
