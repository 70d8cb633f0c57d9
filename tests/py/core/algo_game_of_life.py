def step(cells, w, h):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    for p, c in counts.items():
        if c == 3 or (c == 2 and p in cells):
            new.add(p)
    return new
def show(cells, w, h):
    for y in range(h):
        line = ""
        for x in range(w):
            line += "#" if (x, y) in cells else "."
        print(line)
    print()
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for i in range(4):
    show(cells, 6, 6)
    cells = step(cells, 6, 6)
print(sorted(cells))
