parts = []
for i in range(10):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for i in range(1000):
    s += "x"
print(len(s))
lines = []
for r in range(4):
    row = ""
    for c in range(4):
        row += "#" if (r + c) % 2 == 0 else "."
    lines.append(row)
print("\n".join(lines))
print(("ab" * 3)[1:-1], "-".join(["a"] * 3), "x".join("yyy"))
