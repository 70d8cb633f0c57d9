# functools: lru_cache with cache_info/cache_clear, maxsize, typed, cache.
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info().hits, fib.cache_info().misses)
info = fib.cache_info()
print(info.maxsize, info.currsize, type(info).__name__)

calls = []
@lru_cache(maxsize=2)
def load(key):
    calls.append(key)
    return key.upper()

for k in ["a", "b", "a", "c", "b", "a"]:
    load(k)
print(calls, load.cache_info())

@lru_cache
def bare(x):
    calls.append(("bare", x))
    return x * 2
print(bare(3), bare(3), bare.cache_info())

@lru_cache(maxsize=4, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

@lru_cache(maxsize=4)
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info())

@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)

@lru_cache(maxsize=32)
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1, 2), kw(1, b=2), kw(1, 2, c=3), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)
print(fib.__name__, fib.__wrapped__.__name__, callable(fib.cache_parameters))
print(load.cache_parameters(), kind.cache_parameters())

class Catalog:
    def __init__(self):
        self.lookups = 0
    @lru_cache(maxsize=None)
    def price(self, item):
        self.lookups += 1
        return len(item) * 1.5

cat = Catalog()
print(cat.price("apple"), cat.price("apple"), cat.price("kiwi"), cat.lookups)
@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
