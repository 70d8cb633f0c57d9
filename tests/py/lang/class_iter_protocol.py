class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(5)))
c = Countdown(3)
for v in c:
    print(v)
print(list(c), next(Countdown(1)), next(Countdown(0), "done"))
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(4)))
a, b, *rest = Countdown(5)
print(a, b, rest)
