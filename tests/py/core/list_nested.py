m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m, m[1], m[1][2], m[-1][-1])
t = []
for j in range(3):
    row = []
    for i in range(3):
        row.append(m[i][j])
    t.append(row)
print(t)
m[0][0] = 100
print(m)
deep = [1, [2, [3, [4, [5]]]]]
print(deep, deep[1][1][1][1][0])
flat = []
stack = [deep]
while stack:
    x = stack.pop()
    if type(x) is list:
        for y in reversed(x):
            stack.append(y)
    else:
        flat.append(x)
print(flat)
copy = [m[0][:], m[1][:], m[2][:]]
copy[0][0] = -1
print(m[0][0], copy[0][0])
