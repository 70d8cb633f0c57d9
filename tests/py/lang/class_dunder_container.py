class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains called")
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return reversed(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 9 in b)
b[0] = 10
del b[1]
print(list(b), list(reversed(b)), sorted(b), sum(b), bool(b), bool(Bag()))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print("seq", v)
