found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
zero_at = None
r = 0
while r < len(grid) and zero_at is None:
    c = 0
    while c < len(grid[r]):
        if grid[r][c] == 0:
            zero_at = (r, c)
            break
        c += 1
    r += 1
print(zero_at)
count = 0
for a in range(10):
    if a % 2:
        continue
    for b in range(a):
        if b % 3 == 0:
            continue
        if a + b > 12:
            break
        count += 1
print(count)
