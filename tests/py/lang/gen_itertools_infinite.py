import itertools
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, itertools.cycle([1, 2])), take(3, (i * i for i in itertools.count())))
evens = (n for n in itertools.count() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
