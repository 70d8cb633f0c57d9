a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
    print(x)
print(a)
b = [1]
n = 0
for x in b:
    if n < 5:
        b.append(x + 1)
    n += 1
print(b)
c = [1, 2, 3]
i = 0
while i < len(c):
    c[i] *= 10
    i += 1
print(c)
