def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = []
    for i in range(n):
        row = []
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            row.append(s)
        c.append(row)
    return c
def identity(n):
    rows = []
    for i in range(n):
        r = [0] * n
        r[i] = 1
        rows.append(r)
    return rows
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), matmul(a, identity(2)) == a)
f = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(90):
    r = matmul(r, f)
print(r[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = []
        for row in m[1:]:
            minor.append(row[:c] + row[c + 1:])
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1.5, 2], [3, 4]]))
