class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __len__(self):
        return len(self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m @ Matrix.identity(2) == m, m @ m, m[1, 0], len(m))
r = Matrix.identity(2)
for _ in range(10):
    r = r @ Matrix([[1, 1], [1, 0]])
print(r)
