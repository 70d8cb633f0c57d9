data = []
for i in range(40):
    data.append((i * 7 % 5, i))
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
names = ["bob", "al", "cy", "dee", "ed", "flo", "gus", "hy"]
print(sorted(names, key=len))
print(sorted(names, key=len, reverse=True))
