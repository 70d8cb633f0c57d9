for i in range(5, 0, -1):
    print("*" * i)
evens = list(range(0, 20, 2))
odds = list(range(1, 20, 2))
print(evens, odds)
total = 0
for i in range(-10, 11):
    total += i
print(total)
print(list(range(3, -4, -2)), list(range(-10, -2, 3)))
r = range(100, 200, 7)
print(r[5], r.index(135), len(r), 135 in r, 136 in r)
