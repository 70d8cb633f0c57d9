def naturals(start):
    n = start
    while True:
        yield n
        n += 1
def drop_multiples(it, p):
    for n in it:
        if n % p:
            yield n
def sieve():
    it = naturals(2)
    while True:
        p = next(it)
        yield p
        it = drop_multiples(it, p)
s = sieve()
print([next(s) for _ in range(20)])
