# __len__, __contains__, __iter__/__next__, __reversed__ and the
# __getitem__-based fallbacks for iteration and `in`.

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start

    def __contains__(self, x):
        print(f"  __contains__({x})")
        return isinstance(x, int) and 0 < x <= self.start

class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(4)
print(list(c), list(reversed(c)), len(c))
print(3 in c, 9 in c, "x" not in c)
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
print(sum(c), max(c), sorted(c), dict(zip(c, "abcd")))
a, *rest = c
print(a, rest)

# Only __getitem__: iteration runs until IndexError, `in` scans.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 10 in Squares())
print(list(enumerate(Squares()))[-1])
try:
    reversed(Squares())
except TypeError as e:
    print("TypeError:", e)

# __getitem__ + __len__ is enough for reversed().
class Letters:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "xyz"[i]

print(list(reversed(Letters())), "".join(Letters()))

# __iter__ = None blocks iteration even with __getitem__.
class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i

try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)

# __contains__ falls back to __iter__.
class Evens:
    def __iter__(self):
        return iter(range(0, 10, 2))

print(4 in Evens(), 5 in Evens())

# __iter__ returning a non-iterator.
class BadIter:
    def __iter__(self):
        return [1, 2]

try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    len(Evens())
except TypeError as e:
    print("TypeError:", e)

# StopIteration value and an exhausted iterator stays exhausted.
it = CountdownIter(1)
print(list(it), list(it))
