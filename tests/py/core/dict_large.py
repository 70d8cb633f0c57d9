d = {}
for i in range(50000):
    d[i * 7 % 50000] = i
print(len(d), d[0], d[7], d[49999])
total = 0
for k in d:
    total += k
print(total)
for i in range(0, 50000, 3):
    del d[i]
print(len(d), list(d)[:5])
s = {}
for i in range(10000):
    s["key" + str(i)] = i
print(len(s), s["key9999"], "key10000" in s)
