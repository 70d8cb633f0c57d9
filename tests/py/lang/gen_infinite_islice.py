# Infinite generators consumed with islice, takewhile, zip and next.
import itertools


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in itertools.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(itertools.islice(naturals(5), 4)))
print(list(itertools.islice(fibonacci(), 15)))
print(list(itertools.islice(primes(), 2, 12, 2)))
print(list(itertools.takewhile(lambda f: f < 100, fibonacci())))
print(list(collatz(27))[:10], len(list(collatz(27))))

evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print([next(squares) for _ in range(5)])

labels = zip(itertools.cycle("ABC"), naturals(1))
print(list(itertools.islice(labels, 7)))


def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total


print(list(itertools.islice(running_total(naturals(1)), 10)))
print(next(i for i, f in enumerate(fibonacci()) if f > 1000))


def roundrobin(*iterables):
    iters = [iter(it) for it in iterables]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)


print("".join(roundrobin("ABC", "d", "EF")))

# islice does not advance past what it needs.
src = naturals()
first = list(itertools.islice(src, 3))
second = list(itertools.islice(src, 3))
print(first, second)

# A generator paired with itself via tee.
a, b = itertools.tee(fibonacci())
next(b)
ratios = (y / x for x, y in zip(a, b) if x)
print([round(r, 5) for r in itertools.islice(ratios, 10)][-3:])

# accumulate / count / repeat
print(list(itertools.accumulate(itertools.islice(itertools.count(1), 6), lambda x, y: x * y)))
print(list(map(pow, range(5), itertools.repeat(3))))
