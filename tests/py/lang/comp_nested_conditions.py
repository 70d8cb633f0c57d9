pts = [(x, y) for x in range(-2, 3) for y in range(-2, 3) if x * x + y * y <= 2 if x <= y]
print(pts)
words = ["Apple", "bob", "Civic", "deed", "egg"]
print({w.lower(): w.lower() == w.lower()[::-1] for w in words})
print([[c for c in w if c.lower() in "aeiou"] for w in words])
print(sum(len(w) for w in words if w[0].isupper()), {len(w) for w in words})
flat = [x for row in [[1, 2], [3], []] for x in row if x != 2]
print(flat)
print([(i, j) for i in range(3) if i for j in range(i) if (i + j) % 2])
