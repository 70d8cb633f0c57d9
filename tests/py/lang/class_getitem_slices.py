class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1, 2], r[..., 0], r[:, 1:], r["k"])
s = r[1:10:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(5))
class Rev:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Rev(self.data[::-1][i])
        return self.data[-1 - i]
    def __repr__(self):
        return "Rev(%r)" % (self.data,)
x = Rev([1, 2, 3, 4])
print(x[0], x[1:3], x[::2])
