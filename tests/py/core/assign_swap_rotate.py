a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [5, 4, 3, 2, 1]
lst[0], lst[4] = lst[4], lst[0]
print(lst)
i = 0
while i < len(lst) - 1:
    j = 0
    while j < len(lst) - 1 - i:
        if lst[j] > lst[j + 1]:
            lst[j], lst[j + 1] = lst[j + 1], lst[j]
        j += 1
    i += 1
print(lst)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
