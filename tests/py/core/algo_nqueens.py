def safe(cols, c):
    r = len(cols)
    for pr in range(r):
        pc = cols[pr]
        if pc == c or abs(pc - c) == r - pr:
            return False
    return True

def solve(n, cols, found):
    if len(cols) == n:
        found.append(cols[:])
        return
    for c in range(n):
        if safe(cols, c):
            cols.append(c)
            solve(n, cols, found)
            cols.pop()

for n in range(1, 9):
    found = []
    solve(n, [], found)
    print(n, len(found), found[0] if found else None)
found = []
solve(6, [], found)
print(found)
