# itertools: count, cycle, repeat and islice used together.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)))
print(list(islice(count(1.5, 0.5), 4)), list(islice(count(5, -2), 4)))
c = count(3)
print(next(c), next(c), repr(c))
print(repr(count(2, 3)), repr(count(1.0)))
print(list(islice(cycle("AB"), 5)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 3)))
print(repr(repeat("z", 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))

# round-robin scheduler
tasks = ["backup", "index", "mail"]
schedule = cycle(tasks)
for slot in range(7):
    print(slot, next(schedule))

print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2)))
for bad in [(-1,), (0, -1), (0, 5, 0)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(islice(primes(), 15)))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 3, 8)))
labels = [f"{name}-{i}" for name, i in zip(cycle(["x", "y"]), range(1, 5))]
print(labels, list(zip(cycle(["x", "y"]), count(1), "abc")))
