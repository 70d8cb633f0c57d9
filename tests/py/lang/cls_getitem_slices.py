# __getitem__/__setitem__/__delitem__ receiving ints, slices and tuples.

class Grid:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.cells = [[0] * cols for _ in range(rows)]

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.cells[r]]
            return self.cells[r][c]
        return self.cells[key]

    def __setitem__(self, key, value):
        r, c = key
        self.cells[r][c] = value

    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = 0

g = Grid(3, 4)
g[0, 1] = 5
g[2, 3] = 7
g[1, 0] = 1
print(g[0, 1], g[2, -1], g[0], g[1:, 0], g[:, 1:3])
del g[0, 1]
print(g.cells)

# A recorder shows exactly what Python passes.
class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1], r[1:2], r[::2], r[:], r[1:2, 3], r[..., 0], r[()], r[:, :])
s = r[1:10:3]
print(s.start, s.stop, s.step, s.indices(5), type(s).__name__)
print(slice(None, None, -1).indices(4), slice(-3, None).indices(10))

# A sequence that supports slice assignment and deletion.
class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __repr__(self):
        return f"Seq({self.data})"

q = Seq(range(10))
print(q[2:5], q[::-3], q[-1])
q[1:4] = ["a", "b"]
print(q)
del q[::2]
print(q)
q[0] = "first"
print(q, len(q))

try:
    q[100]
except IndexError as e:
    print("IndexError:", e)

try:
    q[::2] = [1]
except ValueError as e:
    print("ValueError:", e)

try:
    q[1:2:0]
except ValueError as e:
    print("ValueError:", e)

# Missing methods give specific messages.
class ReadOnly:
    def __getitem__(self, i):
        return i

try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("TypeError:", e)

try:
    del ReadOnly()[0]
except TypeError as e:
    print("TypeError:", e)

try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
