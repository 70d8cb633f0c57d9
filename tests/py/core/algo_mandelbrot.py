rows = []
for yi in range(12):
    y = -1.2 + yi * 0.2
    line = ""
    for xi in range(40):
        x = -2.1 + xi * 0.075
        zr = zi = 0.0
        n = 0
        while n < 50 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
            n += 1
        line += " .:-=+*#%@"[n % 10] if n < 50 else "@"
    rows.append(line)
print("\n".join(rows))
